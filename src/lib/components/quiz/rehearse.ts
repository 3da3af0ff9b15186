// What a copy that rehearses a first Check (Rehearsal.svelte) does, the same in the quiz's runner
// and in a step's checks: its element ids kept apart from the learner's, and its one move.
import { tick } from 'svelte';
import type { Locale } from '$lib/i18n';
import { keyInput } from '$lib/quiz/grade';
import type { LearnerInput, Question } from '$lib/quiz/types';

/**
 * The element ids of a component, `rehearsal-…` in a rehearsing copy: beside the learner's own, it
 * must share no id and no radio group (a radio of the same name would untick the learner's answer).
 */
export const idsFor =
	(rehearsing: boolean) =>
	(id: string): string =>
		rehearsing ? `rehearsal-${id}` : id;

/**
 * A rehearsal's one move: `question` answered with its key and checked, in the task after the copy
 * was drawn (short tasks: Lighthouse's blocking time), then `done` once the verdict is drawn. A
 * question without its key is not checked.
 */
export async function rehearseCheck(
	question: Question | undefined,
	lang: Locale,
	answer: (question: Question, input: LearnerInput) => void,
	check: (question: Question) => unknown,
	done: () => void
): Promise<void> {
	if (question && 'key' in question) {
		await new Promise((resolve) => setTimeout(resolve));
		answer(question, keyInput(question, lang));
		await check(question);
		await tick();
	}
	done();
}
