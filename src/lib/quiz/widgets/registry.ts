// Every question type, registered once (as Khan Academy's Perseus registers its widgets): how an
// answer is validated and scored, what a page in one language is shown of the question (its public
// view) and the key it grades against in that language. Adding a type means adding a folder
// widgets/<type>/ and one entry here; TypeScript refuses the map until every type has all four.
import type { KeyOf, Locale, QuestionType, Scorer, Validator, ViewOf } from '../types';
import { caseKeyIn } from './case/key-case';
import { casePublicView } from './case/public-case';
import { scoreCase } from './case/score-case';
import { validateCase } from './case/validate-case';
import { clozeKeyIn } from './cloze/key-cloze';
import { clozePublicView } from './cloze/public-cloze';
import { scoreCloze } from './cloze/score-cloze';
import { validateCloze } from './cloze/validate-cloze';
import { evidenceKeyIn } from './evidence/key-evidence';
import { evidencePublicView } from './evidence/public-evidence';
import { scoreEvidence } from './evidence/score-evidence';
import { validateEvidence } from './evidence/validate-evidence';
import { matchingKeyIn } from './matching/key-matching';
import { matchingPublicView } from './matching/public-matching';
import { scoreMatching } from './matching/score-matching';
import { validateMatching } from './matching/validate-matching';
import { multipleKeyIn } from './multiple/key-multiple';
import { multiplePublicView } from './multiple/public-multiple';
import { scoreMultiple } from './multiple/score-multiple';
import { validateMultiple } from './multiple/validate-multiple';
import { numericKeyIn } from './numeric/key-numeric';
import { numericPublicView } from './numeric/public-numeric';
import { scoreNumeric } from './numeric/score-numeric';
import { validateNumeric } from './numeric/validate-numeric';
import { orderingKeyIn } from './ordering/key-ordering';
import { orderingPublicView } from './ordering/public-ordering';
import { scoreOrdering } from './ordering/score-ordering';
import { validateOrdering } from './ordering/validate-ordering';
import { shortKeyIn } from './short/key-short';
import { shortPublicView } from './short/public-short';
import { scoreShort } from './short/score-short';
import { validateShort } from './short/validate-short';
import { singleKeyIn } from './single/key-single';
import { singlePublicView } from './single/public-single';
import { scoreSingle } from './single/score-single';
import { validateSingle } from './single/validate-single';
import { truefalseKeyIn } from './truefalse/key-truefalse';
import { truefalsePublicView } from './truefalse/public-truefalse';
import { scoreTrueFalse } from './truefalse/score-truefalse';
import { validateTrueFalse } from './truefalse/validate-truefalse';

export type Widget<T extends QuestionType> = {
	/** is the answer complete? (`null`, or what is missing) */
	validate: Validator<T>;
	/** how right is a complete answer? */
	score: Scorer<T>;
	/** the view with its texts in `lang` only: what a page or an export shows */
	publicView: (view: ViewOf<T>, lang: Locale) => ViewOf<T>;
	/** the key with its texts in `lang` only: what grades and explains */
	keyIn: (key: KeyOf<T>, lang: Locale) => KeyOf<T>;
};

const widgets: { [T in QuestionType]: Widget<T> } = {
	single: { validate: validateSingle, score: scoreSingle, publicView: singlePublicView, keyIn: singleKeyIn },
	multiple: { validate: validateMultiple, score: scoreMultiple, publicView: multiplePublicView, keyIn: multipleKeyIn },
	truefalse: { validate: validateTrueFalse, score: scoreTrueFalse, publicView: truefalsePublicView, keyIn: truefalseKeyIn },
	short: { validate: validateShort, score: scoreShort, publicView: shortPublicView, keyIn: shortKeyIn },
	numeric: { validate: validateNumeric, score: scoreNumeric, publicView: numericPublicView, keyIn: numericKeyIn },
	ordering: { validate: validateOrdering, score: scoreOrdering, publicView: orderingPublicView, keyIn: orderingKeyIn },
	matching: { validate: validateMatching, score: scoreMatching, publicView: matchingPublicView, keyIn: matchingKeyIn },
	cloze: { validate: validateCloze, score: scoreCloze, publicView: clozePublicView, keyIn: clozeKeyIn },
	case: { validate: validateCase, score: scoreCase, publicView: casePublicView, keyIn: caseKeyIn },
	evidence: { validate: validateEvidence, score: scoreEvidence, publicView: evidencePublicView, keyIn: evidenceKeyIn }
};

/**
 * The widget of a type. Callers hold a question of the union type, whose view, key and input
 * TypeScript cannot pair with one entry of the map; they come from the same question, so the
 * entry is returned typed for any question.
 */
export function widgetOf(type: QuestionType): Widget<QuestionType> {
	return widgets[type] as unknown as Widget<QuestionType>;
}
