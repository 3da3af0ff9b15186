// Each question of a graded attempt as a SCORM 1.2 interaction (cmi.interactions.n.*), for the
// LMS's per-question reports: id, type, the learner's response, the result. The formats are SCORM
// 1.2's (RTE 3.4.2.7; scorm-again, the runtime the package is tested against, checks the vocabulary):
//   id               CMIIdentifier: letters, digits, "-" and "_", at most 255 characters
//   type             true-false, choice, fill-in, matching, sequencing, numeric (no "other" in 1.2)
//   student_response by type: true-false "t"/"f"; choice the options chosen, one character each
//                    (0-9 then a-z, the option's place in the question as authored) separated by
//                    commas; fill-in the text typed (CMIString255: cut to 255); numeric a decimal;
//                    matching "item.target" pairs of such characters; sequencing the items' characters
//                    in the learner's order
//   result           correct, wrong, or the partial score of the answer as a decimal (0.5)
// A cloze is a matching of its blanks to their options, a case of its decisions to theirs. The
// result is the answer's own score, before the hints' cost (the score sent as cmi.core.score.raw
// has it). Pure: no DOM, no API (lms.ts writes them).
import type { Credit } from '../../quiz/credit';
import type { LearnerInput, Question, Quiz } from '../../quiz/types';
import { parseNumber } from '../../quiz/widgets/numeric/parse-number';
import { cutText, formatNumber } from '../text';

export type InteractionType = 'true-false' | 'choice' | 'fill-in' | 'matching' | 'sequencing' | 'numeric';

export type Interaction = {
	id: string;
	type: InteractionType;
	/** cmi.interactions.n.student_response */
	response: string;
	/** cmi.interactions.n.result */
	result: string;
};

/** SCORM 1.2's limit of what an interaction can name: 36 choices a question (0-9, a-z). */
const SHORT = '0123456789abcdefghijklmnopqrstuvwxyz';

function short(index: number): string {
	return SHORT[index] ?? '';
}

/** A CMIIdentifier: letters, digits, "-" and "_" (no space, no period), at most 255 characters. */
export function interactionId(id: string): string {
	return cutText(id.replace(/[^A-Za-z0-9_-]/g, '_'), 255) || '_';
}

export function interactionType(question: Question): InteractionType {
	switch (question.type) {
		case 'single':
		case 'multiple':
		case 'evidence':
			return 'choice';
		case 'truefalse':
			return 'true-false';
		case 'short':
			return 'fill-in';
		case 'numeric':
			return 'numeric';
		case 'matching':
		case 'cloze':
		case 'case':
			return 'matching';
		case 'ordering':
			return 'sequencing';
	}
}

const indexIn = (list: { id: string }[], id: unknown) => list.findIndex((entry) => entry.id === id);

/** Pairs `a.b` of the entries answered (left index . right index), comma-separated. */
function pairs<L extends { id: string }>(lefts: L[], rightsOf: (left: L) => { id: string }[], input: Record<string, unknown>): string {
	return lefts
		.flatMap((left, index) => {
			const right = indexIn(rightsOf(left), input[left.id]);
			return right < 0 ? [] : [`${short(index)}.${short(right)}`];
		})
		.join(',');
}

/** The learner's input in SCORM 1.2's format for the question's interaction type ('' when none). */
export function studentResponse(question: Question, input: LearnerInput | undefined): string {
	if (input === undefined || input === null) return '';
	switch (question.type) {
		case 'single':
			return indexIn(question.view.options, input) < 0 ? '' : short(indexIn(question.view.options, input));
		case 'multiple':
			return Array.isArray(input)
				? question.view.options
						.flatMap((option, index) => ((input as unknown[]).includes(option.id) ? [short(index)] : []))
						.join(',')
				: '';
		// the sentences chosen, by their place in the passage
		case 'evidence':
			return Array.isArray(input)
				? question.view.sentences
						.flatMap((sentence, index) => ((input as unknown[]).includes(sentence.id) ? [short(index)] : []))
						.join(',')
				: '';
		case 'truefalse':
			return input === true ? 't' : input === false ? 'f' : '';
		case 'short':
			return typeof input === 'string' ? cutText(input, 255) : '';
		case 'numeric': {
			const value = typeof input === 'string' ? parseNumber(input) : null;
			return value === null ? '' : formatNumber(value);
		}
		case 'ordering':
			return Array.isArray(input)
				? (input as unknown[])
						.map((id) => indexIn(question.view.items, id))
						.filter((index) => index >= 0)
						.map(short)
						.join(',')
				: '';
		case 'matching':
			return typeof input === 'object' ? pairs(question.view.items, () => question.view.targets, input as Record<string, unknown>) : '';
		case 'cloze':
			return typeof input === 'object' ? pairs(question.view.blanks, (blank) => blank.options, input as Record<string, unknown>) : '';
		case 'case':
			return typeof input === 'object' ? pairs(question.view.decisions, (decision) => decision.options, input as Record<string, unknown>) : '';
	}
}

/** correct (full score), wrong (none, or not answered), else the partial score (2 decimals). */
export function interactionResult(credit: Credit | undefined): string {
	if (!credit || credit.tries === 0) return 'wrong';
	if (credit.score >= 1 - 1e-9) return 'correct';
	if (credit.score <= 1e-9) return 'wrong';
	return String(Math.round(credit.score * 100) / 100);
}

/** Every question of the quiz, in its order, as an interaction. */
export function interactionsOf(quiz: Quiz, answers: Record<string, LearnerInput | undefined>, credits: Record<string, Credit>): Interaction[] {
	return quiz.questions.map((question) => {
		const id = question.view.id;
		return {
			id: interactionId(id),
			type: interactionType(question),
			response: studentResponse(question, Object.hasOwn(answers, id) ? answers[id] : undefined),
			result: interactionResult(credits[id])
		};
	});
}
