// Stands for src/lib/components/quiz/device-store.ts in the SCORM runtime's bundle
// (scripts/export.ts): the package always passes its own store (scorm-store.ts), so the site's
// device store, its progress record and its scheduler (ts-fsrs) need not travel in quiz.js.
import type { AttemptStore } from '../../../components/quiz/attempt-store';

const absent = (): never => {
	throw new Error('the SCORM package keeps its attempt in suspend_data: pass its store to QuizRunner');
};

export const deviceStore: AttemptStore = { load: absent, save: absent, clear: absent };
