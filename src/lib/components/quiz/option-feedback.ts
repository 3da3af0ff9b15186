import type { Locale } from '$lib/i18n';
import type { Question } from '$lib/quiz/types';

/** The feedback each chosen option carries, in the page language, for the widget to show under it. */
export function optionFeedbackOf(question: Question, ids: string[], lang: Locale): Record<string, string> | undefined {
	if (question.type === 'single' || question.type === 'multiple') {
		const feedback = question.key.feedback;
		return Object.fromEntries(ids.filter((id) => feedback[id]).map((id) => [id, feedback[id][lang]]));
	}
	if (question.type === 'truefalse') {
		const feedback = question.key.feedback;
		return Object.fromEntries(
			ids.filter((id): id is 'true' | 'false' => id === 'true' || id === 'false').map((id) => [id, feedback[id][lang]])
		);
	}
	return undefined;
}

/**
 * The marks to show beside the parts: for choice questions only the options the learner chose
 * (an unchosen right option marked "wrong" would read as if it were a wrong answer).
 */
export function visibleMarks(question: Question, input: unknown, parts: Record<string, boolean> | undefined) {
	if (!parts) return undefined;
	if (question.type === 'single' || question.type === 'multiple') {
		const chosen = new Set(Array.isArray(input) ? input : [input]);
		return Object.fromEntries(Object.entries(parts).filter(([id]) => chosen.has(id)));
	}
	return parts;
}
