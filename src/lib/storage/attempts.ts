import * as v from 'valibot';
import { readDevice, removeDevice, writeDevice } from './device';
import { mergeAttempt } from './merge';

// A quiz attempt in progress, kept on the device as it goes so that a reload or a crash resumes
// the same attempt at the same question. Every read is validated: a value this version cannot
// read is set aside under a backup key (never erased) and the quiz starts afresh.
export const ATTEMPT_VERSION = 2;

const inputSchema = v.union([
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
	hints: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
	/** position in `retry` when retrying, else in the attempt's question order */
	current: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** the missed questions being retried, in the attempt's order; null otherwise */
	retry: v.nullable(v.array(v.string())),
	finished: v.boolean(),
	startedAt: v.string(),
	updatedAt: v.string()
};

const attemptV1 = v.object({ version: v.literal(1), ...commonFields });
const attemptSchema = v.object({
	version: v.literal(ATTEMPT_VERSION),
	...commonFields,
	/** when each answer was last changed: two tabs merge answer by answer */
	answeredAt: v.record(v.string(), v.string()),
	/** time spent on the attempt, counted while the learner acts */
	timeSpentMs: v.pipe(v.number(), v.minValue(0))
});
export type SavedAttempt = v.InferOutput<typeof attemptSchema>;

/** Reads any version this site has written, migrating it to the current one. */
export function parseAttempt(value: unknown): SavedAttempt | undefined {
	const current = v.safeParse(attemptSchema, value);
	if (current.success) return current.output;
	const v1 = v.safeParse(attemptV1, value);
	if (v1.success) {
		// v1 had no per-answer times: every answer dates from the last save.
		const answeredAt = Object.fromEntries(Object.keys(v1.output.answers).map((id) => [id, v1.output.updatedAt]));
		return { ...v1.output, version: ATTEMPT_VERSION, answeredAt, timeSpentMs: 0 };
	}
	return undefined;
}

export const attemptKey = (module: string) => `attempt:${module}`;

export type LoadedAttempt =
	| { status: 'none' }
	| { status: 'ok'; attempt: SavedAttempt }
	| { status: 'reset'; backupKey: string };

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
	const backupKey = `backup:${attemptKey(module)}:${Date.now()}`;
	writeDevice(backupKey, raw);
	removeDevice(attemptKey(module));
	return { status: 'reset', backupKey };
}

/**
 * Saves the attempt, merged with what another tab may have saved meanwhile, and returns the merged
 * attempt and whether the device kept it (false: kept in memory only, the page warns).
 */
export function saveAttempt(attempt: SavedAttempt): { attempt: SavedAttempt; kept: boolean } {
	const stamped = { ...attempt, updatedAt: new Date().toISOString() };
	const stored = loadAttempt(attempt.module);
	const merged = stored.status === 'ok' ? mergeAttempt(stamped, stored.attempt) : stamped;
	return { attempt: merged, kept: writeDevice(attemptKey(attempt.module), JSON.stringify(merged)) };
}

export function clearAttempt(module: string): void {
	removeDevice(attemptKey(module));
}

export function newAttempt(module: string, mode: SavedAttempt['mode'], seed: number): SavedAttempt {
	const now = new Date().toISOString();
	return {
		version: ATTEMPT_VERSION,
		module,
		seed,
		mode,
		answers: {},
		answeredAt: {},
		checked: {},
		revealed: {},
		hints: {},
		current: 0,
		retry: null,
		finished: false,
		startedAt: now,
		updatedAt: now,
		timeSpentMs: 0
	};
}
