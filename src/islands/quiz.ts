// Island: a module's quiz (the quiz page is plain HTML around it, csr = false). The page carries
// the questions; the keys (answers, feedback, explanations) and their citations come from the
// quiz's keys.json, fetched now (src/routes/[lang=lang]/modules/[slug]/quiz/keys.json/+server.ts).
import QuizRunner from '$lib/components/quiz/QuizRunner.svelte';
import { hydrateIslands } from '$lib/islands/hydrate-islands';
import { withKeys } from '$lib/islands/quiz-keys';
import { m } from '$lib/paraglide/messages.js';
import type { QuizViews } from '$lib/quiz/split-keys';

hydrateIslands('quiz', QuizRunner, {
	async prepare(props) {
		const { keysUrl, quiz, ...rest } = props as { keysUrl: string; quiz: QuizViews };
		const whole = await withKeys(quiz, keysUrl);
		return whole && { ...rest, ...whole };
	},
	failure: () => m.quiz_keys_failed()
});
