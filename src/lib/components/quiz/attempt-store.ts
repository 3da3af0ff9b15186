// Where QuizRunner keeps its attempt. The runner is the one quiz UI of the project (a module's quiz,
// the review deck, an assignment, and the SCORM package): what differs between them is where the
// attempt lives, so that is a prop and not a second UI. On the site it is the device
// (localStorage, `deviceStore` in device-store.ts, the default); in a SCORM package it is the LMS's
// cmi.suspend_data (src/lib/export/scorm/runtime/scorm-store.ts), which has no progress record,
// no other tabs and no "start over".
import type { Outcome } from '$lib/review/schedule';
import type { LoadedAttempt, SavedAttempt } from '$lib/storage/attempts';

export type FinishedRecord = { percent: number; objectives: Record<string, number>; timeSpentMs: number };

export interface AttemptStore {
	load(module: string): LoadedAttempt;
	/** saves the attempt; returns the attempt to go on with (merged) and whether it was kept */
	save(attempt: SavedAttempt): { attempt: SavedAttempt; kept: boolean };
	clear(module: string): void;
	/** keeps how a question went in the learner's progress and review deck (site only) */
	recordAnswer?(module: string, questionId: string, outcome: Outcome): Promise<{ kept: boolean }>;
	/** keeps a finished attempt on the dashboard (site only) */
	recordFinished?(module: string, record: FinishedRecord): void;
	/**
	 * loads ahead what recording an answer will need (the site's: the review scheduler), as the
	 * learner reaches for the quiz, so that the first Check does not load it in its own task
	 */
	prepare?(): void;
	/** calls `listener` with the module when another tab saved its attempt; returns the unsubscribe */
	onOtherChange?(module: string, listener: () => void): () => void;
}

/** Keeps nothing: a rehearsal's store (Rehearsal.svelte), whose answers are not the learner's. */
export const scratchStore: AttemptStore = {
	load: () => ({ status: 'none' }),
	save: (attempt) => ({ attempt, kept: true }),
	clear: () => {}
};
