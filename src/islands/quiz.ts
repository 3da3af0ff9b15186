// Island: a module's quiz (the quiz page is plain HTML around it, csr = false).
import QuizRunner from '$lib/components/quiz/QuizRunner.svelte';
import { hydrateIslands } from '$lib/islands/hydrate-islands';

hydrateIslands('quiz', QuizRunner);
