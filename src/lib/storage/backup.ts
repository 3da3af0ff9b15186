import * as v from 'valibot';
import { parseAttempt } from './attempts';
import { CHECKS_KEY, mergeCheckAnswers, parseCheckAnswers } from './checks';
import { deviceKeys, deviceSnapshot, readDevice, removeDevice, writeDeviceOnly } from './device';
import { mergeAttempt, mergeProgress } from './merge';
import { PROGRESS_KEY, readProgress } from './progress';
import { asideCount, type Progress } from './progress-schema';

// Everything the site keeps on the device, as one file, and back. The file holds every key as it
// is stored (version 2): progress with what was set aside, attempts in progress, assignment
// records, copies set aside, the review deck, the saved class files. So export → erase → import
// gives back the same device, byte for byte (a property test says so), and an import onto a device
// that already holds work merges it: nothing on either side is lost.
const FORMAT = 'icc-explainer-backup';
export const MAX_BACKUP_CHARS = 5_000_000;
/** What a key may look like: the site's own keys are short, lowercase, with `:` `-` `.` `_`. */
const KEY = /^[A-Za-z0-9:_.-]{1,200}$/;

const v1Schema = v.object({
	format: v.literal(FORMAT),
	version: v.literal(1),
	exportedAt: v.string(),
	progress: v.unknown(),
	attempts: v.record(v.string(), v.unknown())
});
const v2Schema = v.object({
	format: v.literal(FORMAT),
	version: v.literal(2),
	exportedAt: v.string(),
	keys: v.record(v.pipe(v.string(), v.regex(KEY)), v.string())
});

/** The backup file of the device (or of a snapshot of it: what "erase everything" took away). */
export function exportBackup(now = new Date(), keys: Record<string, string> = deviceSnapshot()): string {
	return JSON.stringify({ format: FORMAT, version: 2, exportedAt: now.toISOString(), keys }, null, 1);
}

/** `aside`: entries of the file's progress that could not be read, set aside (not erased) */
export type ImportReport = { modules: number; items: number; attempts: number; aside: number };
export type ImportError = 'not-json' | 'not-a-backup' | 'unreadable-progress' | 'too-large' | 'storage-full';
export type ImportResult = { ok: true; report: ImportReport } | { ok: false; error: ImportError };

const isProgressShaped = (x: unknown) => typeof x === 'object' && x !== null && (x as { version?: unknown }).version === 1;

/** A version 1 file (progress and attempts only) as the keys it stands for. */
function keysOfV1(file: v.InferOutput<typeof v1Schema>): Record<string, string> | undefined {
	if (!isProgressShaped(file.progress)) return undefined;
	const keys: Record<string, string> = Object.create(null);
	keys[PROGRESS_KEY] = JSON.stringify(file.progress);
	for (const [module, attempt] of Object.entries(file.attempts)) {
		if (KEY.test(`attempt:${module}`)) keys[`attempt:${module}`] = JSON.stringify(attempt);
	}
	return keys;
}

function progressOf(raw: string): Progress {
	try {
		return readProgress(JSON.parse(raw));
	} catch {
		return readProgress(raw);
	}
}

/** The value to store for `key` when the device has `local` and the file `incoming`. */
function merged(key: string, local: string, incoming: string): { value: string; extra?: string } {
	if (key === PROGRESS_KEY) return { value: JSON.stringify(mergeProgress(progressOf(local), progressOf(incoming))) };
	if (key === CHECKS_KEY) {
		return { value: JSON.stringify(mergeCheckAnswers(parseCheckAnswers(local), parseCheckAnswers(incoming))) };
	}
	if (key.startsWith('attempt:')) {
		const read = (raw: string) => {
			try {
				return parseAttempt(JSON.parse(raw));
			} catch {
				return undefined;
			}
		};
		const [a, b] = [read(local), read(incoming)];
		if (a && b) return { value: JSON.stringify(mergeAttempt(a, b)) };
	}
	// Anything else that differs: the device's copy stays, the file's is kept beside it.
	return { value: local, extra: incoming };
}

/**
 * Validates a backup file and merges it into what is on the device. All or nothing: when the
 * device cannot take every value (full), whatever was written is undone and the import is refused.
 */
export function importBackup(text: string, now = Date.now()): ImportResult {
	if (text.length > MAX_BACKUP_CHARS) return { ok: false, error: 'too-large' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'not-json' };
	}
	let keys: Record<string, string> | undefined;
	const v2 = v.safeParse(v2Schema, data);
	if (v2.success) keys = v2.output.keys;
	else {
		const v1 = v.safeParse(v1Schema, data);
		if (!v1.success) return { ok: false, error: 'not-a-backup' };
		keys = keysOfV1(v1.output);
		if (!keys) return { ok: false, error: 'unreadable-progress' };
	}
	const writes = new Map<string, string>();
	for (const [key, incoming] of Object.entries(keys)) {
		const local = readDevice(key);
		if (local === null) writes.set(key, incoming);
		else if (local !== incoming) {
			const { value, extra } = merged(key, local, incoming);
			if (value !== local) writes.set(key, value);
			if (extra !== undefined) writes.set(freeBackupKey(key, now, writes), extra);
		}
	}
	if (!writeAll(writes)) return { ok: false, error: 'storage-full' };
	const progress = Object.hasOwn(keys, PROGRESS_KEY) ? progressOf(keys[PROGRESS_KEY]) : undefined;
	return {
		ok: true,
		report: {
			modules: progress ? Object.keys(progress.modules).length : 0,
			items: progress ? Object.keys(progress.items).length : 0,
			attempts: Object.keys(keys).filter((k) => k.startsWith('attempt:')).length,
			aside: progress ? asideCount(progress) : 0
		}
	};
}

function freeBackupKey(key: string, now: number, planned: Map<string, string>): string {
	let candidate = `backup:${key}:imported-${now}`;
	for (let n = 2; readDevice(candidate) !== null || planned.has(candidate); n++) candidate = `backup:${key}:imported-${now}-${n}`;
	return candidate;
}

/** Writes every value or none: on the first refusal, the values written are put back as they were. */
function writeAll(writes: Map<string, string>): boolean {
	const before = new Map<string, string | null>();
	for (const [key, value] of writes) {
		before.set(key, readDevice(key));
		if (writeDeviceOnly(key, value)) continue;
		for (const [done, old] of before) {
			if (old === null) removeDevice(done);
			else writeDeviceOnly(done, old);
		}
		return false;
	}
	return true;
}

/**
 * Erases everything the site keeps on this device (the page asks first) and returns what was
 * there, so that the page can offer to undo until the learner leaves it.
 */
export function eraseEverything(): Record<string, string> {
	const snapshot = deviceSnapshot();
	for (const key of deviceKeys()) removeDevice(key);
	return snapshot;
}

/** Puts back what `eraseEverything` erased (all of it, or nothing if the device refuses). */
export function undoErase(snapshot: Record<string, string>): boolean {
	return writeAll(new Map(Object.entries(snapshot)));
}
