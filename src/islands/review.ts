// Island: the review session (questions due today). Like the quiz page, the review page carries
// the questions of every quiz; their keys come from each quiz's keys.json, fetched now.
import ReviewSession from '$lib/components/progress/ReviewSession.svelte';
import { hydrateIslands } from '$lib/islands/hydrate-islands';
import { withKeys } from '$lib/islands/quiz-keys';
import { m } from '$lib/paraglide/messages.js';
import type { QuizViews } from '$lib/quiz/split-keys';

hydrateIslands('review', ReviewSession, {
	async prepare(props) {
		const { keysUrls, quizzes, ...rest } = props as { keysUrls: string[]; quizzes: QuizViews[] };
		const wholes = await Promise.all(quizzes.map((quiz, i) => withKeys(quiz, keysUrls[i])));
		if (wholes.some((whole) => !whole)) return undefined;
		return {
			...rest,
			quizzes: wholes.map((whole) => whole!.quiz),
			citations: Object.assign({}, ...wholes.map((whole) => whole!.citations))
		};
	},
	failure: () => m.review_keys_failed()
});
