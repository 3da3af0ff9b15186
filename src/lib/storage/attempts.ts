import * as v from 'valibot';
import { readDevice, removeDevice, setAside, writeDevice } from './device';
import type { SessionState } from '../quiz/session';
import { mergeAttempt } from './merge';
import { MAX_TIME_MS } from './progress-schema';
import { own } from './own';
import { ATTEMPT_VERSION, newAttempt } from './new-attempt';

// A quiz attempt in progress, kept on the device as it goes so that a reload or a crash resumes
// the same attempt at the same question. Every read is validated: a value this version cannot
// read is set aside under a backup key (never erased) and the quiz starts afresh.
// Version 3 added the trail (every checked answer, `tries`): credit is read from it. Attempts saved
// before are migrated and marked `beforeTrail`.
export { ATTEMPT_VERSION };

export const inputSchema = v.union([
	v.null(),
	v.boolean(),
	v.string(),
	v.array(v.string()),
	v.record(v.string(), v.nullable(v.string()))
]);

const commonFields = {
	module: v.string(),
	seed: v.pipe(v.number(), v.integer()),
	mode: v.picklist(['practice', 'test']),
	answers: v.record(v.string(), inputSchema),
	/** practice: the answer was checked and its feedback shown */
	checked: v.record(v.string(), v.boolean()),
	/** "show the answer" was used */
	revealed: v.record(v.string(), v.boolean()),
	hints: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000))),
	/** questions the learner flagged to come back to */
	flagged: v.optional(v.record(v.string(), v.boolean()), {}),
	/** per question, how many tries count (a retry after the results showed the answers) */
	closedAt: v.optional(v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0)))),
	/** position in `retry` when retrying, else in the attempt's question order */
	current: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
	/** the missed questions being retried, in the attempt's order; null otherwise */
	retry: v.nullable(v.array(v.string())),
	finished: v.boolean(),
	startedAt: v.string(),
	updatedAt: v.string()
};

const v2Fields = {
	/** when each answer was last changed: two tabs merge answer by answer */
	answeredAt: v.record(v.string(), v.string()),
	/** time spent on the attempt, counted while the learner acts */
	timeSpentMs: v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_TIME_MS))
};
export const tryV3 = v.object({ input: inputSchema, hints: v.pipe(v.number(), v.integer(), v.minValue(0)) });

const attemptV1 = v.object({ version: v.literal(1), ...commonFields });
const attemptV2 = v.object({ version: v.literal(2), ...commonFields, ...v2Fields });
const rev = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const attemptSchema = v.object({
	version: v.literal(ATTEMPT_VERSION),
	...commonFields,
	...v2Fields,
	/** raised on every save, past any other tab's: what "later" means (see merge.ts), not the clock */
	rev: v.optional(rev, 0),
	/** per answer, the `rev` of the save that changed it */
	answeredRev: v.optional(v.record(v.string(), rev), {}),
	/** every checked or submitted answer per question, in order: credit is read from it */
	tries: v.record(v.string(), v.array(tryV3)),
	/** migrated from a version without tries: answers shown then may have overwritten the learner's */
	beforeTrail: v.optional(v.boolean())
});
type ParsedAttempt = v.InferOutput<typeof attemptSchema>;
/** The session (src/lib/quiz/session.ts) and what the device keeps with it. */
export type SavedAttempt = ParsedAttempt & SessionState;

/**
 * Before trails, a checked answer was kept as the answer; a shown answer replaced it with the key.
 * Each checked answer becomes one try; a revealed one stays revealed (it earns nothing).
 */
function withTrail(old: v.InferOutput<typeof attemptV2>): SavedAttempt {
	const tries: SavedAttempt['tries'] = {};
	for (const [id, input] of Object.entries(old.answers)) {
		const graded = old.mode === 'test' ? old.finished : old.checked[id];
		if (graded && !old.revealed[id]) tries[id] = [{ input, hints: old.hints[id] ?? 0 }];
	}
	return { ...old, version: ATTEMPT_VERSION, tries, beforeTrail: true, rev: 0, answeredRev: {} };
}

/** Reads any version this site has written, migrating it to the current one. */
export function parseAttempt(value: unknown): SavedAttempt | undefined {
	const current = v.safeParse(attemptSchema, value);
	if (current.success) return current.output;
	const v2 = v.safeParse(attemptV2, value);
	if (v2.success) return withTrail(v2.output);
	const v1 = v.safeParse(attemptV1, value);
	if (v1.success) {
		// v1 had no per-answer times: every answer dates from the last save.
		const answeredAt = Object.fromEntries(Object.keys(v1.output.answers).map((id) => [id, v1.output.updatedAt]));
		return withTrail({ ...v1.output, version: 2, answeredAt, timeSpentMs: 0 });
	}
	return undefined;
}

export const attemptKey = (module: string) => `attempt:${module}`;

/** Whether something is kept for this quiz (readable or not): the quiz page then needs its keys at once. */
export const hasSavedAttempt = (module: string): boolean => readDevice(attemptKey(module)) !== null;

export type LoadedAttempt =
	| { status: 'none' }
	| { status: 'ok'; attempt: SavedAttempt }
	/** unreadable: set aside under a backup key, or — the device being full — left where it was */
	| { status: 'reset'; setAside: boolean };

export function loadAttempt(module: string): LoadedAttempt {
	const raw = readDevice(attemptKey(module));
	if (raw === null) return { status: 'none' };
	let attempt: SavedAttempt | undefined;
	try {
		attempt = parseAttempt(JSON.parse(raw));
	} catch {
		attempt = undefined;
	}
	if (attempt && attempt.module === module) return { status: 'ok', attempt };
	return { status: 'reset', setAside: setAside(attemptKey(module), raw) };
}

/** Which answers this tab changed since it last saw the stored copy (see merge.ts). */
function changedHere(mine: SavedAttempt, stored: SavedAttempt): string[] {
	return Object.keys(mine.answers).filter((id) => {
		const differs =
			JSON.stringify(own(mine.answers, id)) !== JSON.stringify(own(stored.answers, id)) ||
			own(mine.answeredAt, id) !== own(stored.answeredAt, id);
		// The stored copy changed after this tab's copy: the other tab's answer is the later one.
		return differs && (own(mine.answeredRev, id) ?? 0) >= (own(stored.answeredRev, id) ?? 0);
	});
}

/**
 * Saves the attempt, merged with what another tab may have saved meanwhile, and returns the merged
 * attempt and whether the device kept it (false: kept in memory only, the page warns).
 */
export function saveAttempt(attempt: SavedAttempt): { attempt: SavedAttempt; kept: boolean } {
	const stored = loadAttempt(attempt.module);
	// An unreadable copy the full device could not set aside stays where it is: this attempt is
	// kept for this visit only (the page says so) rather than written over it.
	if (stored.status === 'reset' && !stored.setAside) return { attempt, kept: false };
	const other = stored.status === 'ok' ? stored.attempt : undefined;
	const rev = Math.max(attempt.rev, other?.rev ?? 0) + 1;
	const answeredRev = { ...attempt.answeredRev };
	if (other) for (const id of changedHere(attempt, other)) answeredRev[id] = rev;
	else for (const id of Object.keys(attempt.answers)) answeredRev[id] = own(answeredRev, id) ?? rev;
	const stamped = { ...attempt, rev, answeredRev, updatedAt: new Date().toISOString() };
	const merged = other ? mergeAttempt(stamped, other) : stamped;
	return { attempt: merged, kept: writeDevice(attemptKey(attempt.module), JSON.stringify(merged)) };
}

export function clearAttempt(module: string): void {
	removeDevice(attemptKey(module));
}

export { newAttempt };
