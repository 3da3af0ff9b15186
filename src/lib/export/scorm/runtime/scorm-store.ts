// The SCORM package's AttemptStore for the site's quiz runner (QuizRunner's `store` prop): the
// attempt lives in the LMS's cmi.suspend_data (suspend-data.ts, at most 4,096 characters) instead
// of the device. Everything the LMS may or may not be told goes through LmsSession (lms.ts), which
// keeps the rules: a read-only session writes nothing, a reported attempt is final.
// The package has no progress record, no review deck and no other tabs: those hooks are absent.
import type { AttemptStore } from '../../../components/quiz/attempt-store';
import { summariseTrails } from '../../../quiz/attempt';
import { trailsOf } from '../../../quiz/session';
import type { Quiz } from '../../../quiz/types';
import type { LoadedAttempt, SavedAttempt } from '../../../storage/attempts';
import { newAttempt } from '../../../storage/new-attempt';
import { interactionsOf } from '../interactions';
import { scoreReport, type ScoreReport } from '../score';
import { decodeState, encodeState, type ScoState } from '../suspend-data';
import type { LmsSession } from './lms';

/** The runner's attempt as the package keeps it in suspend_data. */
export function toScoState(attempt: SavedAttempt): ScoState {
	return {
		seed: attempt.seed,
		submitted: attempt.finished,
		answers: attempt.answers,
		hints: attempt.hints,
		tries: attempt.tries,
		revealed: attempt.revealed,
		flagged: attempt.flagged,
		current: attempt.current
	};
}

/** suspend_data read back as the runner's attempt (always test mode: one answer a question, graded at the end). */
export function toAttempt(module: string, state: ScoState, now = new Date().toISOString()): SavedAttempt {
	return {
		...newAttempt(module, 'test', state.seed),
		answers: state.answers,
		tries: state.tries ?? {},
		revealed: state.revealed ?? {},
		hints: state.hints,
		flagged: state.flagged ?? {},
		current: state.current ?? 0,
		finished: state.submitted,
		startedAt: now,
		updatedAt: now
	};
}

/** What a finished attempt reports: the site's credit rules (summariseTrails), on 0–100. */
export function reportOf(quiz: Quiz, attempt: SavedAttempt): ScoreReport {
	return scoreReport(summariseTrails(quiz, trailsOf(attempt)));
}

export type ScormStore = AttemptStore & {
	/** the state to write now (the last attempt saved or loaded), for "Save and exit" and pagehide */
	encoded(): string;
	/** whether suspend_data held an attempt of this quiz when the session opened */
	resumed: boolean;
};

export function scormStore(quiz: Quiz, session: LmsSession): ScormStore {
	const views = quiz.questions.map((question) => question.view);
	const restored = decodeState(views, session.initialState);
	let latest: SavedAttempt | null = restored ? toAttempt(quiz.module, restored) : null;
	const encode = (attempt: SavedAttempt) => encodeState(views, toScoState(attempt));
	return {
		resumed: restored !== null,
		load(): LoadedAttempt {
			return latest ? { status: 'ok', attempt: latest } : { status: 'none' };
		},
		save(attempt) {
			latest = attempt;
			// A submitted attempt is written by its report (score, status and state in one commit):
			// writing "submitted" first would lock the attempt without a score if the page closed
			// in between.
			const kept = attempt.finished ? true : session.isReadOnly || !session.connected || session.saveState(encode(attempt));
			return { attempt, kept };
		},
		clear() {
			latest = null;
		},
		encoded() {
			return latest ? encode(latest) : '';
		}
	};
}

/**
 * Reports a submitted attempt: score raw/min/max, each question as an interaction (id, type,
 * response, result), passed/failed, the submitted state, LMSCommit.
 */
export function reportAttempt(quiz: Quiz, session: LmsSession, store: ScormStore, attempt: SavedAttempt): { report: ScoreReport; sent: boolean } {
	store.save(attempt);
	const summary = summariseTrails(quiz, trailsOf(attempt));
	const report = scoreReport(summary);
	return { report, sent: session.report(report, store.encoded(), interactionsOf(quiz, attempt.answers, summary.credits)) };
}
