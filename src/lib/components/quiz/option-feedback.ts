import { citationKey, type ResolvedCitation } from '$lib/content/citation-types';
import type { Locale } from '$lib/i18n';
import type { Question } from '$lib/quiz/types';
import { caseFeedbackId } from '$lib/quiz/widgets/case/score-case';

/** The feedback each chosen option carries, in the page language, for the widget to show under it. */
export function optionFeedbackOf(question: Question, ids: string[], lang: Locale): Record<string, string> | undefined {
	if (question.type === 'single' || question.type === 'multiple' || question.type === 'evidence') {
		const feedback = question.key.feedback;
		return Object.fromEntries(ids.filter((id) => feedback[id]).map((id) => [id, feedback[id][lang]]));
	}
	if (question.type === 'truefalse') {
		const feedback = question.key.feedback;
		return Object.fromEntries(
			ids.filter((id): id is 'true' | 'false' => id === 'true' || id === 'false').map((id) => [id, feedback[id][lang]])
		);
	}
	if (question.type === 'case') {
		const feedback = question.key.feedback;
		return Object.fromEntries(
			Object.entries(feedback).flatMap(([decision, options]) =>
				Object.entries(options).flatMap(([option, text]) => {
					const id = caseFeedbackId(decision, option);
					return ids.includes(id) ? [[id, text[lang]]] : [];
				})
			)
		);
	}
	return undefined;
}

/** Once graded, the citation each part stands on (case: the article that decides each decision). */
export function partCitationsOf(
	question: Question,
	citations: Record<string, ResolvedCitation>
): Record<string, ResolvedCitation> | undefined {
	if (question.type !== 'case') return undefined;
	return Object.fromEntries(
		Object.entries(question.key.decisionCitations).flatMap(([decision, citation]) => {
			const resolved = citations[citationKey(citation.source, citation.quote)];
			return resolved ? [[decision, resolved]] : [];
		})
	);
}

/**
 * The marks to show beside the parts: for choice questions (and an evidence passage's sentences) only the options the learner chose
 * (an unchosen right option marked "wrong" would read as if it were a wrong answer).
 */
export function visibleMarks(question: Question, input: unknown, parts: Record<string, boolean> | undefined) {
	if (!parts) return undefined;
	if (question.type === 'single' || question.type === 'multiple' || question.type === 'evidence') {
		const chosen = new Set(Array.isArray(input) ? input : [input]);
		return Object.fromEntries(Object.entries(parts).filter(([id]) => chosen.has(id)));
	}
	return parts;
}
