// The SCO's side of the SCORM 1.2 run-time: find the LMS's API object, open the session, read the
// saved state, report, close. Without an API (the package opened on its own) every call is a no-op
// and the quiz still works.
//
// Known traps avoided here: cmi.core.score.scaled does not exist in 1.2 (never set);
// cmi.core.session_time is HHHH:MM:SS.SS; cmi.suspend_data holds at most 4,096 characters (the
// encoder guarantees it, and this module refuses to write more); the raw score is on 0–100.
//
// A finished attempt is read-only. An LMS that reopens it (Moodle: lesson_mode "review", or the
// same attempt relaunched in "normal" mode once graded) would otherwise take a new score over the
// recorded one. The rule (README.md, "Finished attempts"):
// - lesson_mode "review" or "browse", lesson_status passed/failed/completed, or a saved state that
//   says it was submitted: the session is read-only. Nothing is written (no LMSSetValue, no
//   LMSCommit), only LMSInitialize, reads and LMSFinish. SCORM 1.2 RTE 3.4.4 (cmi.core.lesson_mode):
//   review = "presented without the intent of updating" the recorded attempt with data of this
//   session, browse = "without the intent of recording any information about the current session",
//   so not even session_time is written.
// - connected to an LMS, a submission is final: once reported, no more score, status or
//   suspend_data; "Change my answers" is only for the package opened without an LMS.
import type { Interaction } from '../interactions';
import { formatSessionTime } from '../session-time';
import type { ScoreReport } from '../score';
import { SUSPEND_DATA_LIMIT } from '../suspend-data';

/** The SCORM 1.2 API an LMS exposes as `window.API` in a parent (or opener) window. */
/** cmi.core.lesson_mode: how the LMS launched the SCO; "normal" when it does not say. */
export type LessonMode = 'normal' | 'browse' | 'review';

/** lesson_status values that mean the attempt was already graded (or declared over by the LMS). */
export const FINISHED_STATUSES: readonly string[] = ['passed', 'failed', 'completed'];

export type Scorm12Api = {
	LMSInitialize(parameter: ''): string;
	LMSFinish(parameter: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(parameter: ''): string;
	LMSGetLastError(): string | number;
	LMSGetErrorString?(code: string | number): string;
};

type WindowLike = { API?: unknown; parent?: WindowLike | null; opener?: WindowLike | null };

/** How many parents the standard search climbs (ADL's sample code: 7). */
export const MAX_PARENTS = 7;

function apiOf(win: WindowLike): Scorm12Api | null {
	try {
		const api = win.API as Partial<Scorm12Api> | undefined | null;
		return api && typeof api.LMSInitialize === 'function' && typeof api.LMSSetValue === 'function'
			? (api as Scorm12Api)
			: null;
	} catch {
		return null; // a window of another origin
	}
}

function searchUp(start: WindowLike): Scorm12Api | null {
	let win: WindowLike = start;
	for (let level = 0; ; level++) {
		const api = apiOf(win);
		if (api) return api;
		let parent: WindowLike | null | undefined;
		try {
			parent = win.parent;
		} catch {
			return null;
		}
		if (!parent || parent === win || level >= MAX_PARENTS) return null;
		win = parent;
	}
}

/** The standard search: this window and its parents (up to 7 levels), then the opener and its parents. */
export function findApi(win: WindowLike): Scorm12Api | null {
	const found = searchUp(win);
	if (found) return found;
	let opener: WindowLike | null | undefined;
	try {
		opener = win.opener;
	} catch {
		opener = null;
	}
	return opener ? searchUp(opener) : null;
}

export class LmsSession {
	readonly api: Scorm12Api | null;
	private started = 0;
	private open = false;
	private finished = false;
	/** read-only: nothing is written to the LMS (see the rule at the top of this file) */
	private readOnly = false;
	/** the score was reported in this session: the attempt's result is final */
	private reported = false;
	/** what lesson_status was when the session opened */
	initialStatus = '';
	/** what suspend_data held when the session opened */
	initialState = '';
	/** cmi.core.lesson_mode when the session opened */
	mode: LessonMode = 'normal';
	/** the attempt had been graded before this session (status, or a submitted saved state) */
	finishedBefore = false;

	private readonly now: () => number;

	constructor(api: Scorm12Api | null, now: () => number = () => Date.now()) {
		this.api = api;
		this.now = now;
	}

	get connected(): boolean {
		return this.open;
	}

	private call<T>(action: (api: Scorm12Api) => T, fallback: T): T {
		if (!this.api) return fallback;
		try {
			return action(this.api);
		} catch (error) {
			console.warn('SCORM call failed', error);
			return fallback;
		}
	}

	/** Connected but writing nothing: a review of a finished attempt, or a preview. */
	get isReadOnly(): boolean {
		return this.open && this.readOnly;
	}

	/**
	 * Whether the learner may change their answers after a submission: only when no LMS records
	 * them (the package opened on its own). Connected, a submission is final: the results show the
	 * expected answers, and a second submission would overwrite the recorded score.
	 */
	get allowsRetry(): boolean {
		return !this.open;
	}

	private setValue(element: string, value: string): boolean {
		if (!this.open || this.finished || this.readOnly) return false;
		const ok = this.call((api) => String(api.LMSSetValue(element, value)) === 'true', false);
		if (!ok && this.api) {
			const code = this.call((api) => api.LMSGetLastError(), '');
			console.warn(`LMSSetValue(${element}) refused, error ${code}`);
		}
		return ok;
	}

	private getValue(element: string): string {
		if (!this.open) return '';
		const value = this.call((api) => api.LMSGetValue(element), '');
		return typeof value === 'string' ? value : String(value ?? '');
	}

	/**
	 * LMSInitialize; reads the mode, the status and the saved state, decides whether the session is
	 * read-only, and marks a first visit "incomplete". `submitted` tells whether a saved state is
	 * that of a submitted attempt (the caller knows the encoding).
	 */
	start(submitted: (suspendData: string) => boolean = () => false): void {
		this.started = this.now();
		if (!this.api) return;
		this.open = this.call((api) => String(api.LMSInitialize('')) === 'true', false);
		if (!this.open) return;
		const mode = this.getValue('cmi.core.lesson_mode');
		this.mode = mode === 'review' || mode === 'browse' ? mode : 'normal';
		this.initialStatus = this.getValue('cmi.core.lesson_status');
		this.initialState = this.getValue('cmi.suspend_data');
		this.finishedBefore = FINISHED_STATUSES.includes(this.initialStatus) || submitted(this.initialState);
		this.readOnly = this.mode !== 'normal' || this.finishedBefore;
		if (!this.readOnly && (this.initialStatus === '' || this.initialStatus === 'not attempted')) this.setValue('cmi.core.lesson_status', 'incomplete');
	}

	/** Writes the state (never more than 4,096 characters: a longer one is not written at all). */
	saveState(suspendData: string): boolean {
		if (this.reported || suspendData.length > SUSPEND_DATA_LIMIT) return false;
		return this.setValue('cmi.suspend_data', suspendData);
	}

	/**
	 * Reports the score (raw 0–100, min 0, max 100) and passed/failed, then commits; once only:
	 * after it, the attempt is final (no more score, status or state).
	 */
	report(score: ScoreReport, suspendData: string, interactions: Interaction[] = []): boolean {
		if (!this.open || this.finished || this.readOnly || this.reported) return false;
		// min and max before raw: some runtimes check raw against them
		const ok =
			this.setValue('cmi.core.score.min', score.min) &&
			this.setValue('cmi.core.score.max', score.max) &&
			this.setValue('cmi.core.score.raw', score.raw);
		// each question for the LMS's per-question reports (interactions.ts); an LMS that keeps no
		// interactions refuses them (error 401), which changes nothing else. SCORM 1.2's elements
		// are write-only, indexed from 0 in order; a refused id stops that question's other fields.
		interactions.forEach((interaction, n) => {
			const at = `cmi.interactions.${n}`;
			if (!this.setValue(`${at}.id`, interaction.id)) return;
			this.setValue(`${at}.type`, interaction.type);
			if (interaction.response !== '') this.setValue(`${at}.student_response`, interaction.response);
			this.setValue(`${at}.result`, interaction.result);
		});
		this.setValue('cmi.core.lesson_status', score.status);
		this.saveState(suspendData);
		this.commit();
		this.reported = true;
		return ok;
	}

	commit(): void {
		if (this.open && !this.finished && !this.readOnly) this.call((api) => api.LMSCommit(''), '');
	}

	/**
	 * Ends the session: session time, exit "suspend" (so that the LMS hands the state back next
	 * time: a finished attempt then comes back as its review), commit, LMSFinish. Read-only, only
	 * LMSFinish. Runs once; later calls do nothing.
	 */
	finish(suspendData?: string): void {
		if (!this.open || this.finished) return;
		if (!this.readOnly) {
			if (suspendData !== undefined) this.saveState(suspendData);
			this.setValue('cmi.core.session_time', formatSessionTime(this.now() - this.started));
			this.setValue('cmi.core.exit', 'suspend');
			this.commit();
		}
		this.finished = true;
		this.call((api) => api.LMSFinish(''), '');
	}

	get isFinished(): boolean {
		return this.finished;
	}
}
