// Calls the scorer of a question's type directly, skipping validation: the properties check that
// scorers alone are total (an empty or odd input scores 0, never throws).
import { coerceInput } from '../coerce-input';
import type { Graded, Question } from '../types';
import { scoreCase } from '../widgets/case/score-case';
import { scoreEvidence } from '../widgets/evidence/score-evidence';
import { scoreCloze } from '../widgets/cloze/score-cloze';
import { scoreMatching } from '../widgets/matching/score-matching';
import { scoreMultiple } from '../widgets/multiple/score-multiple';
import { scoreNumeric } from '../widgets/numeric/score-numeric';
import { scoreOrdering } from '../widgets/ordering/score-ordering';
import { scoreShort } from '../widgets/short/score-short';
import { scoreSingle } from '../widgets/single/score-single';
import { scoreTrueFalse } from '../widgets/truefalse/score-truefalse';

export function scoreDirectly(question: Question, input: unknown): Graded {
	switch (question.type) {
		case 'single':
			return scoreSingle(coerceInput('single', input), question.key);
		case 'multiple':
			return scoreMultiple(coerceInput('multiple', input), question.key);
		case 'truefalse':
			return scoreTrueFalse(coerceInput('truefalse', input), question.key);
		case 'short':
			return scoreShort(coerceInput('short', input), question.key);
		case 'numeric':
			return scoreNumeric(coerceInput('numeric', input), question.key);
		case 'ordering':
			return scoreOrdering(coerceInput('ordering', input), question.key);
		case 'matching':
			return scoreMatching(coerceInput('matching', input), question.key);
		case 'cloze':
			return scoreCloze(coerceInput('cloze', input), question.key);
		case 'case':
			return scoreCase(coerceInput('case', input), question.key);
		case 'evidence':
			return scoreEvidence(coerceInput('evidence', input), question.key);
	}
}

/** The question with everything the learner picks or arranges shown in another order. */
export function reorderView(question: Question, reorder: <T>(entries: T[]) => T[]): Question {
	switch (question.type) {
		case 'single':
			return { ...question, view: { ...question.view, options: reorder(question.view.options) } };
		case 'multiple':
			return { ...question, view: { ...question.view, options: reorder(question.view.options) } };
		case 'ordering':
			return { ...question, view: { ...question.view, items: reorder(question.view.items) } };
		case 'matching':
			return {
				...question,
				view: { ...question.view, items: reorder(question.view.items), targets: reorder(question.view.targets) }
			};
		case 'cloze':
			return {
				...question,
				view: {
					...question.view,
					blanks: reorder(question.view.blanks).map((blank) => ({ ...blank, options: reorder(blank.options) }))
				}
			};
		case 'case':
			return {
				...question,
				view: {
					...question.view,
					decisions: reorder(question.view.decisions).map((decision) => ({ ...decision, options: reorder(decision.options) }))
				}
			};
		// a passage is shown in the source's order; reordering it must not change the grade either
		case 'evidence':
			return { ...question, view: { ...question.view, sentences: reorder(question.view.sentences) } };
		default:
			return question;
	}
}
