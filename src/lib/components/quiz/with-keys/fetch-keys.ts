// The quiz, review and assignment pages carry the questions only (src/lib/quiz/split-keys.ts): the
// keys (answers, feedback, explanations) and their citations are in each quiz's keys.json, fetched
// by the island before it starts (see the *WithKeys.svelte components of this folder; all-keys.ts
// for the islands that carry every quiz of their page).
import type { ResolvedCitation } from '$lib/content/citation-types';
import { joinKeys, type QuizKeys, type QuizViews } from '$lib/quiz/split-keys';
import type { Question, Quiz } from '$lib/quiz/types';
import { fetchJson } from '$lib/islands/fetch-json';

/** A keys file (keys.json, checks.json): the keys of a quiz's questions and their citations. */
export type KeysFile = { keys: QuizKeys; citations: Record<string, ResolvedCitation> };
export type QuizWithCitations = { quiz: Quiz; citations: Record<string, ResolvedCitation> };

/** Undefined when the file cannot be had, or does not fit the questions (a stale copy). */
export async function withKeys(views: QuizViews, url: string): Promise<QuizWithCitations | undefined> {
	const file = await fetchJson<KeysFile>(url);
	const quiz = file && joinKeys(views, file.keys);
	return quiz ? { quiz, citations: file.citations } : undefined;
}

/**
 * A quiz as it is drawn before its keys have arrived: on the server, where the island is rendered
 * from what the browser gets too. What is drawn then (a quiz's start, a review's or an
 * assignment's first screen) reads no key; one read there would fail the build, not pass unseen.
 */
export function beforeKeys(views: QuizViews): Quiz {
	return { ...views, questions: views.questions as Question[] };
}
