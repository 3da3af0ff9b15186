import type { Locale } from '$lib/i18n';
import type { Question } from '$lib/quiz/types';

/** The explanation's first sentence: the one line under a verdict (the rest is in a fold). */
export function gistOf(question: Question, lang: Locale): string {
	const text = question.key.explanation[lang];
	return text.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? text;
}
