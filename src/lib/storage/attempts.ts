import * as v from 'valibot';
import { readDevice, removeDevice, writeDevice } from './device';

// A quiz attempt in progress, kept on the device as it goes so that a reload or a crash resumes
// the same attempt at the same question. Every read is validated: a value this version cannot
// read is set aside under a backup key (never erased) and the quiz starts afresh.
export const ATTEMPT_VERSION = 1;

const inputSchema = v.union([
	v.null(),
	v.boolean(),
	v.string(),
	v.array(v.string()),
	v.record(v.string(), v.nullable(v.string()))
]);

const attemptSchema = v.object({
	version: v.literal(ATTEMPT_VERSION),
	module: v.string(),
	seed: v.pipe(v.number(), v.integer()),
	mode: v.picklist(['practice', 'test']),
	answers: v.record(v.string(), inputSchema),
	/** practice: the answer was checked and its feedback shown */
	checked: v.record(v.string(), v.boolean()),
	/** "show the answer" was used: the question is locked and earns what the learner had */
	revealed: v.record(v.string(), v.boolean()),
	hints: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
	/** position in `retry` when retrying, else in the attempt's question order */
	current: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** the missed questions being retried, in the attempt's order; null otherwise */
	retry: v.nullable(v.array(v.string())),
	finished: v.boolean(),
	startedAt: v.string(),
	updatedAt: v.string()
});
export type SavedAttempt = v.InferOutput<typeof attemptSchema>;

const key = (module: string) => `attempt:${module}`;

export type LoadedAttempt =
	| { status: 'none' }
	| { status: 'ok'; attempt: SavedAttempt }
	| { status: 'reset'; backupKey: string };

export function loadAttempt(module: string): LoadedAttempt {
	const raw = readDevice(key(module));
	if (raw === null) return { status: 'none' };
	try {
		const parsed = v.safeParse(attemptSchema, JSON.parse(raw));
		if (parsed.success && parsed.output.module === module) return { status: 'ok', attempt: parsed.output };
	} catch {
		// not JSON: falls through to the backup below
	}
	const backupKey = `backup:${key(module)}:${Date.now()}`;
	writeDevice(backupKey, raw);
	removeDevice(key(module));
	return { status: 'reset', backupKey };
}

/** Returns false when the device could not keep it (the page then warns and works in memory). */
export function saveAttempt(attempt: SavedAttempt): boolean {
	return writeDevice(key(attempt.module), JSON.stringify({ ...attempt, updatedAt: new Date().toISOString() }));
}

export function clearAttempt(module: string): void {
	removeDevice(key(module));
}

export function newAttempt(module: string, mode: SavedAttempt['mode'], seed: number): SavedAttempt {
	const now = new Date().toISOString();
	return {
		version: ATTEMPT_VERSION,
		module,
		seed,
		mode,
		answers: {},
		checked: {},
		revealed: {},
		hints: {},
		current: 0,
		retry: null,
		finished: false,
		startedAt: now,
		updatedAt: now
	};
}
