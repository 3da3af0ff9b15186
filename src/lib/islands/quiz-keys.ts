// Fetches a quiz's keys.json and puts the quiz back together (see src/lib/quiz/split-keys.ts): the
// quiz and review islands get the questions with their page and the answers from here.
import type { ResolvedCitation } from '$lib/content/citation-types';
import { joinKeys, type QuizKeys, type QuizViews } from '$lib/quiz/split-keys';
import type { Quiz } from '$lib/quiz/types';

export type QuizWithCitations = { quiz: Quiz; citations: Record<string, ResolvedCitation> };

/** Undefined when the file cannot be had, or does not fit the questions (a stale copy). */
export async function withKeys(views: QuizViews, url: string): Promise<QuizWithCitations | undefined> {
	const response = await fetch(url);
	if (!response.ok) return undefined;
	const { keys, citations } = (await response.json()) as { keys: QuizKeys; citations: Record<string, ResolvedCitation> };
	const quiz = joinKeys(views, keys);
	return quiz && { quiz, citations };
}
