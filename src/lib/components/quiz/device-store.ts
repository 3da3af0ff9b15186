// The site's AttemptStore (attempt-store.ts): the attempt on the device (localStorage), progress
// and the review deck recorded, other tabs merged. QuizRunner's default. Its own module so that a
// build that always passes its own store (the SCORM package: scripts/export.ts) can leave it out,
// and with it the progress record and the scheduler (ts-fsrs).
import { attemptKey, clearAttempt, loadAttempt, saveAttempt } from '$lib/storage/attempts';
import { onOtherTabChange } from '$lib/storage/device';
import { loadScheduler, recordAnswer, recordFinished } from '$lib/storage/progress';
import type { AttemptStore } from './attempt-store';

/** The site's store: the attempt on the device, progress and review deck recorded, tabs merged. */
export const deviceStore: AttemptStore = {
	load: loadAttempt,
	save: saveAttempt,
	clear: clearAttempt,
	recordAnswer: (module, id, outcome) => recordAnswer(module, id, outcome),
	// not loaded: the first answer asks for it again
	prepare: () => void loadScheduler().catch(() => {}),
	recordFinished: (module, record) => {
		recordFinished(module, record);
	},
	onOtherChange: (module, listener) => onOtherTabChange((key) => key === attemptKey(module) && listener())
};
