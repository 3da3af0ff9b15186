// One entry point for every question type: validate, then score. An incomplete answer comes back
// as { kind: 'invalid' } and is not graded; a complete one as { kind: 'graded' }.
import { coerceInput } from './coerce-input';
import type { Graded, GradeResult, Invalid, LearnerInput, Locale, Question, QuestionView } from './types';
import { scoreCloze } from './widgets/cloze/score-cloze';
import { validateCloze } from './widgets/cloze/validate-cloze';
import { scoreMatching } from './widgets/matching/score-matching';
import { validateMatching } from './widgets/matching/validate-matching';
import { scoreMultiple } from './widgets/multiple/score-multiple';
import { validateMultiple } from './widgets/multiple/validate-multiple';
import { scoreNumeric } from './widgets/numeric/score-numeric';
import { validateNumeric } from './widgets/numeric/validate-numeric';
import { scoreOrdering } from './widgets/ordering/score-ordering';
import { validateOrdering } from './widgets/ordering/validate-ordering';
import { scoreShort } from './widgets/short/score-short';
import { validateShort } from './widgets/short/validate-short';
import { scoreSingle } from './widgets/single/score-single';
import { validateSingle } from './widgets/single/validate-single';
import { scoreTrueFalse } from './widgets/truefalse/score-truefalse';
import { validateTrueFalse } from './widgets/truefalse/validate-truefalse';

function unreachable(value: never): never {
	throw new Error(`Unknown question type: ${JSON.stringify(value)}`);
}

function run<I, V, K>(
	validate: (input: I, view: V) => Invalid | null,
	score: (input: I, key: K, view?: V) => Graded,
	input: I,
	view: V,
	key: K
): GradeResult {
	return validate(input, view) ?? score(input, key, view);
}

/**
 * Validates, then scores. `input` is normally the LearnerInput of the question's type; anything
 * else (e.g. a stale value restored from storage) is read as an empty answer. Never throws.
 */
export function grade(question: Question, input: unknown): GradeResult {
	switch (question.type) {
		case 'single':
			return run(validateSingle, scoreSingle, coerceInput('single', input), question.view, question.key);
		case 'multiple':
			return run(validateMultiple, scoreMultiple, coerceInput('multiple', input), question.view, question.key);
		case 'truefalse':
			return run(validateTrueFalse, scoreTrueFalse, coerceInput('truefalse', input), question.view, question.key);
		case 'short':
			return run(validateShort, scoreShort, coerceInput('short', input), question.view, question.key);
		case 'numeric':
			return run(validateNumeric, scoreNumeric, coerceInput('numeric', input), question.view, question.key);
		case 'ordering':
			return run(validateOrdering, scoreOrdering, coerceInput('ordering', input), question.view, question.key);
		case 'matching':
			return run(validateMatching, scoreMatching, coerceInput('matching', input), question.view, question.key);
		case 'cloze':
			return run(validateCloze, scoreCloze, coerceInput('cloze', input), question.view, question.key);
		default:
			return unreachable(question);
	}
}

/** True when the learner has not started answering: nothing chosen, typed, placed or filled. */
export function isEmptyInput(input: LearnerInput): boolean {
	if (input === null) return true;
	if (typeof input === 'boolean') return false;
	if (typeof input === 'string') return input.trim() === '';
	if (Array.isArray(input)) return input.length === 0;
	return Object.values(input).every((value) => value === null);
}

/** The blank input of a question, before the learner does anything. */
export function emptyInput(view: QuestionView): LearnerInput {
	switch (view.type) {
		case 'single':
		case 'truefalse':
			return null;
		case 'multiple':
			return [];
		case 'short':
		case 'numeric':
			return '';
		// nothing placed yet: the page starts from the attempt's shuffled order when the learner acts
		case 'ordering':
			return [];
		case 'matching':
			return Object.fromEntries(view.items.map((item) => [item.id, null]));
		case 'cloze':
			return Object.fromEntries(view.blanks.map((blank) => [blank.id, null]));
		default:
			return unreachable(view);
	}
}

/** Writes a number as a learner of that page would type it (decimal comma in French). */
function typedNumber(value: number, locale: Locale): string {
	const text = String(value);
	return locale === 'fr' ? text.replace('.', ',') : text;
}

/**
 * The input the key says is right: what "show the answer" fills in, and what tests grade.
 * For short answers, the first accepted answer in `locale` (or in the other language if none).
 */
export function keyInput(question: Question, locale: Locale = 'fr'): LearnerInput {
	const { key } = question;
	switch (key.type) {
		case 'single':
		case 'truefalse':
			return key.answer;
		case 'multiple':
			return [...key.answer];
		case 'short': {
			const other: Locale = locale === 'fr' ? 'en' : 'fr';
			return key.accepted[locale][0] ?? key.accepted[other][0] ?? '';
		}
		case 'numeric':
			return typedNumber(key.answer, locale);
		case 'ordering':
			return [...key.order];
		case 'matching':
		case 'cloze':
			return { ...key.answer };
		default:
			return unreachable(key);
	}
}
