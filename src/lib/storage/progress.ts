import * as v from 'valibot';
import type { Outcome } from '$lib/review/schedule';
import { deviceKeys, readDevice, removeDevice, writeDevice } from './device';
import { mergeProgress } from './merge';
import { emptyProgress, progressSchema, PROGRESS_VERSION, type Progress } from './progress-schema';

// The learner's progress across modules: scores, time spent, mastery per objective, and the
// spaced-repetition deck. Read-merge-write on every save, so that two tabs never overwrite each
// other's work; a value that cannot be read is set aside under a backup key, never erased.
const KEY = 'progress';

export type LoadedProgress = { progress: Progress; reset: boolean };

/** Older versions, migrated step by step to the current one (none yet: version 1 is the first). */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export function parseProgress(value: unknown): Progress | undefined {
	let current = value as Record<string, unknown> | null;
	if (!current || typeof current !== 'object') return undefined;
	for (let n = Number(current.version); n < PROGRESS_VERSION && migrations[n]; n++) {
		current = migrations[n](current);
	}
	const parsed = v.safeParse(progressSchema, current);
	return parsed.success ? parsed.output : undefined;
}

export function loadProgress(): LoadedProgress {
	const raw = readDevice(KEY);
	if (raw === null) return { progress: emptyProgress(), reset: false };
	let progress: Progress | undefined;
	try {
		progress = parseProgress(JSON.parse(raw));
	} catch {
		progress = undefined;
	}
	if (progress) return { progress, reset: false };
	writeDevice(`backup:${KEY}:${Date.now()}`, raw);
	removeDevice(KEY);
	return { progress: emptyProgress(), reset: true };
}

/** Applies `change` to the stored progress (merged with any other tab's) and saves it. */
export function updateProgress(change: (progress: Progress) => Progress): { progress: Progress; kept: boolean } {
	const next = change(loadProgress().progress);
	return { progress: next, kept: writeDevice(KEY, JSON.stringify(next)) };
}

/**
 * Records one graded answer: its score, and its place in the review deck. The scheduler (ts-fsrs)
 * is loaded on the first answer, not with the page.
 */
export async function recordAnswer(module: string, questionId: string, outcome: Outcome, now = new Date()) {
	const { schedule } = await import('$lib/review/schedule');
	return updateProgress((progress) => {
		const previous = progress.items[questionId];
		const right = outcome.score === 1 && !outcome.helped;
		const item = {
			module,
			lastScore: outcome.score,
			lastAt: now.toISOString(),
			right: (previous?.right ?? 0) + (right ? 1 : 0),
			wrong: (previous?.wrong ?? 0) + (right ? 0 : 1),
			card: schedule(previous?.card, outcome, now)
		};
		return { ...progress, items: { ...progress.items, [questionId]: item } };
	});
}

/** Records a finished attempt at a module's quiz. */
export function recordFinished(
	module: string,
	result: { percent: number; objectives: Record<string, number>; timeSpentMs: number },
	now = new Date()
) {
	return updateProgress((progress) => {
		const previous = progress.modules[module];
		const entry = {
			attempts: (previous?.attempts ?? 0) + 1,
			best: Math.max(previous?.best ?? 0, result.percent),
			last: result.percent,
			lastAt: now.toISOString(),
			timeSpentMs: (previous?.timeSpentMs ?? 0) + result.timeSpentMs,
			objectives: result.objectives
		};
		return { ...progress, modules: { ...progress.modules, [module]: entry } };
	});
}

// ——— Backup: everything the site keeps, as one file ———

const BACKUP_FORMAT = 'icc-explainer-backup';
const backupSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(1),
	exportedAt: v.string(),
	progress: v.unknown(),
	attempts: v.record(v.string(), v.unknown())
});

export function exportBackup(now = new Date()): string {
	const attempts: Record<string, unknown> = {};
	for (const key of deviceKeys().filter((k) => k.startsWith('attempt:'))) {
		try {
			attempts[key.slice('attempt:'.length)] = JSON.parse(readDevice(key) ?? 'null');
		} catch {
			// an unreadable attempt is not worth exporting
		}
	}
	return JSON.stringify(
		{ format: BACKUP_FORMAT, version: 1, exportedAt: now.toISOString(), progress: loadProgress().progress, attempts },
		null,
		1
	);
}

export type ImportReport = { modules: number; items: number };
export type ImportError = 'not-json' | 'not-a-backup' | 'unreadable-progress' | 'too-large';

/** Validates a backup file and merges it into what is on the device (nothing is lost either way). */
export function importBackup(text: string): { ok: true; report: ImportReport } | { ok: false; error: ImportError } {
	if (text.length > 5_000_000) return { ok: false, error: 'too-large' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'not-json' };
	}
	const backup = v.safeParse(backupSchema, data);
	if (!backup.success) return { ok: false, error: 'not-a-backup' };
	const incoming = parseProgress(backup.output.progress);
	if (!incoming) return { ok: false, error: 'unreadable-progress' };
	updateProgress((progress) => mergeProgress(progress, incoming));
	return { ok: true, report: { modules: Object.keys(incoming.modules).length, items: Object.keys(incoming.items).length } };
}

/** Erases everything the site keeps on this device (the page asks first). */
export function eraseEverything(): void {
	for (const key of deviceKeys()) removeDevice(key);
}
