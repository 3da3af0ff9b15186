// Where a step's checks keep their answers (StepChecks), as QuizRunner keeps its attempt in an
// AttemptStore (attempt-store.ts): on the site the device (src/lib/storage/checks.ts), other tabs
// taken in; a rehearsal's copy (Rehearsal.svelte) keeps nothing and reads nothing.
import { checkAnswersOf, onOtherTabChecks, saveCheckAnswer, type CheckAnswer, type CheckAnswerChange } from '$lib/storage/checks';

export interface ChecksStore {
	/** the module's answers, per question id */
	load(module: string): Record<string, CheckAnswer>;
	/** saves one answer; returns it as kept (merged with another tab's) and whether it was kept */
	save(id: string, change: CheckAnswerChange): { answer: CheckAnswer; kept: boolean };
	/** calls `listener` when another tab saved an answer; returns the unsubscribe */
	onOtherChange?(listener: () => void): () => void;
}

/** The site's: the answers on the device. */
export const deviceChecks: ChecksStore = {
	load: (module) => checkAnswersOf(module),
	save: (id, change) => saveCheckAnswer(id, change),
	onOtherChange: onOtherTabChecks
};

/** Keeps nothing: a rehearsal's (Rehearsal.svelte), whose answers are not the learner's. */
export const scratchChecks: ChecksStore = {
	load: () => ({}),
	save: (_id, change) => ({ answer: { ...change, at: new Date().toISOString(), rev: 0 }, kept: true })
};
