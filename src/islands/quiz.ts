// Island: a module's quiz (the quiz page is plain HTML around it, csr = false). The page carries
// the questions; the keys (answers, feedback, explanations) and their citations come from the
// quiz's keys.json, fetched now (src/routes/[lang=lang]/modules/[slug]/quiz/keys.json/+server.ts).
import QuizRunner from '$lib/components/quiz/QuizRunner.svelte';
import { hydrateIslands } from '$lib/islands/hydrate-islands';
import { m } from '$lib/paraglide/messages.js';
import { joinKeys, type QuizKeys, type QuizViews } from '$lib/quiz/split-keys';

hydrateIslands('quiz', QuizRunner, {
	async prepare(props) {
		const { keysUrl, quiz, ...rest } = props as { keysUrl: string; quiz: QuizViews };
		const response = await fetch(keysUrl);
		if (!response.ok) return undefined;
		const { keys, citations } = (await response.json()) as { keys: QuizKeys; citations: unknown };
		const whole = joinKeys(quiz, keys);
		return whole && { ...rest, quiz: whole, citations };
	},
	failure: () => m.quiz_keys_failed()
});
