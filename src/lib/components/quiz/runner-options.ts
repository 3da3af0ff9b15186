import type { SavedAttempt } from '$lib/storage/attempts';

/** How a quiz is taken: freely from a module page, or under a teacher's assignment rules. */
export interface RunnerOptions {
	/** a mode imposed by the assignment (no chooser); free choice when absent */
	mode?: 'practice' | 'test';
	/** when answers are shown: after each question, after submitting, or never (score only) */
	reveal?: 'each' | 'end' | 'never';
	/** practice: whether a wrong answer may be tried again (each further try costs); default true */
	retries?: boolean;
	/** the questions are already chosen and ordered: do not shuffle them */
	fixedOrder?: boolean;
	/** the module of each question, for the progress record (default: the quiz's module) */
	moduleOf?: Record<string, string>;
	/** record finished attempts on the dashboard (false for assignments) */
	recordModule?: boolean;
	/** whether "start over" and "retry the missed ones" are offered */
	canRestart?: boolean;
	/** start at once, without the intro (the review deck: the learner already chose what to review) */
	autostart?: boolean;
	/**
	 * A module's quiz page (issue 27): question 1 is drawn at once, without Start, from this seed —
	 * on the server and in the browser alike, so that a learner can answer it before the page's
	 * scripts have started (what they tick then is kept: src/lib/islands/hydrate-islands.ts). The
	 * mode is chosen above the question until something is checked; the attempt is saved on the
	 * learner's first move. Starting over draws a fresh seed.
	 */
	firstSeed?: number;
	/**
	 * A finished attempt reopened for review (an LMS's "review" launch, or a graded SCORM attempt):
	 * its results are shown without "retry" or "start over", and nothing is saved.
	 */
	readOnly?: boolean;
	onfinish?: (attempt: SavedAttempt) => void;
	onrestart?: () => void;
}
