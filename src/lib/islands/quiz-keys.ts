// Fetches a quiz's keys.json and puts the quiz back together (see src/lib/quiz/split-keys.ts): the
// quiz, review and assignment islands get the questions with their page and the answers from here.
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

/**
 * The props of an island whose page carries the questions of every quiz (review, assignment):
 * `quizzes` (questions only) and `keysUrls` become whole quizzes and their citations. Undefined
 * when one quiz's keys cannot be had.
 */
export async function withAllKeys(props: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
	const { keysUrls, quizzes, ...rest } = props as { keysUrls: string[]; quizzes: QuizViews[] };
	const wholes = await Promise.all(quizzes.map((quiz, i) => withKeys(quiz, keysUrls[i])));
	if (wholes.some((whole) => !whole)) return undefined;
	return {
		...rest,
		quizzes: wholes.map((whole) => whole!.quiz),
		citations: Object.assign({}, ...wholes.map((whole) => whole!.citations))
	};
}
