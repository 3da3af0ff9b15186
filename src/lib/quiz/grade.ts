// One entry point for every question type: validate, then score. An incomplete answer comes back
// as { kind: 'invalid' } and is not graded; a complete one as { kind: 'graded' }.
import { coerceInput } from './coerce-input';
import type { GradeResult, Invalid, LearnerInput, Locale, Question, QuestionView } from './types';
import { widgetOf } from './widgets/registry';

function unreachable(value: never): never {
	throw new Error(`Unknown question type: ${JSON.stringify(value)}`);
}

/**
 * Validates (missingFrom), then scores, with the question type's own validator and scorer
 * (widgets/registry.ts). `input` is normally the LearnerInput of the question's type; anything else
 * (e.g. a stale value restored from storage) is read as an empty answer (coerceInput, run again
 * for the scorer: a few type checks, less code in every island than passing the coerced input on).
 * Never throws.
 */
export function grade(question: Question, input: unknown): GradeResult {
	return missingFrom(question, input) ?? widgetOf(question.type).score(coerceInput(question.type, input), question.key, question.view);
}

/**
 * What is missing from the answer (`null`: it is complete): the type's validator alone, which reads
 * the question's view, never its key. What a page asks before the key has arrived (is this answer
 * complete, which questions are answered, what is still blank), and what grade() asks first.
 */
export function missingFrom(question: Pick<Question, 'type' | 'view'>, input: unknown): Invalid | null {
	return widgetOf(question.type).validate(coerceInput(question.type, input), question.view);
}

/** True when the answer is complete (see missingFrom): nothing of the key is read. */
export function isComplete(question: Pick<Question, 'type' | 'view'>, input: unknown): boolean {
	return missingFrom(question, input) === null;
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
		case 'evidence':
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
		case 'case':
			return Object.fromEntries(view.decisions.map((decision) => [decision.id, null]));
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
		case 'evidence':
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
		case 'case':
			return { ...key.answer };
		default:
			return unreachable(key);
	}
}
