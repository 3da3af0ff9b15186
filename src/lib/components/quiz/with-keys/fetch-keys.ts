// The quiz, review and assignment pages carry neither the questions nor their keys: the island
// fetches the questions (views.json) and the keys (answers, feedback, explanations) and their
// citations (each quiz's keys.json) before it starts (see the *WithKeys.svelte components of this
// folder; src/lib/quiz/split-keys.ts).
import type { ResolvedCitation } from '$lib/content/citation-types';
import { joinKeys, joinViews, type QuizKeys, type QuizViews } from '$lib/quiz/split-keys';
import type { Question, Quiz } from '$lib/quiz/types';
import { fetchJson } from '$lib/islands/fetch-json';

/** A keys file (keys.json, checks.json): the keys of a quiz's questions and their citations. */
export type KeysFile = { keys: QuizKeys; citations: Record<string, ResolvedCitation> };
export type QuizWithCitations = { quiz: Quiz; citations: Record<string, ResolvedCitation> };
export type QuizzesWithCitations = { quizzes: Quiz[]; citations: Record<string, ResolvedCitation> };

/**
 * The props of an island that takes every quiz (ReviewWithKeys, AssignmentWithKeys): those of the
 * component it starts, with where each module's questions and keys are (the questions are drawn
 * on the server and left out of the page: Island's `fetched`).
 * Only the type is shared: the few lines that use it stay in each island, since code shared by
 * those two islands alone would be merged into a chunk the quiz loads too (islands/build/chunking.ts).
 */
export type WithAllKeys<P extends QuizzesWithCitations> = Omit<P, 'quizzes' | 'citations'> & {
	/** every module's bank (quiz, then graded cases), without keys: on the server; in the browser fetched from `viewsUrls` */
	quizzes: QuizViews[];
	/** for each bank, the views files that hold its questions, in order (`joinViews`) */
	viewsUrls: string[][];
	keysUrls: string[];
	/** set in the browser by `beforeHydrate`, never by the page */
	whole?: QuizzesWithCitations;
};

/** Undefined when the file cannot be had, or does not fit the questions (a stale copy). */
export async function withKeys(views: QuizViews, url: string): Promise<QuizWithCitations | undefined> {
	const file = await fetchJson<KeysFile>(url);
	const quiz = file && joinKeys(views, file.keys);
	return quiz ? { quiz, citations: file.citations } : undefined;
}

/** Every module's bank from its views files (review, assignment); undefined when one cannot be had. */
export async function fetchBanks(urls: string[][]): Promise<QuizViews[] | undefined> {
	const files = await Promise.all(urls.map((bank) => Promise.all(bank.map((url) => fetchJson<QuizViews>(url)))));
	if (files.some((bank) => bank.some((file) => !file))) return undefined;
	return files.map((bank) => joinViews(bank as QuizViews[]));
}

/** Every quiz of a page that takes them all (review, assignment); undefined when one cannot be had. */
export async function withAllKeys(views: QuizViews[], urls: string[]): Promise<QuizzesWithCitations | undefined> {
	const wholes = await Promise.all(views.map((quiz, i) => withKeys(quiz, urls[i])));
	if (wholes.some((whole) => !whole)) return undefined;
	return {
		quizzes: wholes.map((whole) => whole!.quiz),
		citations: Object.assign({}, ...wholes.map((whole) => whole!.citations))
	};
}

/**
 * A quiz as it is drawn before its keys have arrived: on the server, where the island is rendered
 * from what the browser gets too. What is drawn then (a quiz's start, a review's or an
 * assignment's first screen) reads no key; one read there would fail the build, not pass unseen.
 */
export function beforeKeys(views: QuizViews): Quiz {
	return { ...views, questions: views.questions as Question[] };
}
