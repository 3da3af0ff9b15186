// Merging what two tabs (or two devices, on import) wrote, so that neither overwrites the other's
// answers. Pure functions; the rules favour keeping work: the later answer wins per question,
// counts and best scores take the maximum.
import type { SavedAttempt } from './attempts';
import type { ItemProgress, ModuleProgress, Progress } from './progress-schema';

const later = (a: string | null | undefined, b: string | null | undefined) => (a ?? '') >= (b ?? '');
const maxNullable = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

function mergeModule(a: ModuleProgress, b: ModuleProgress): ModuleProgress {
	const newer = later(a.lastAt, b.lastAt) ? a : b;
	return {
		attempts: Math.max(a.attempts, b.attempts),
		best: maxNullable(a.best, b.best),
		last: newer.last,
		lastAt: newer.lastAt,
		timeSpentMs: Math.max(a.timeSpentMs, b.timeSpentMs),
		objectives: newer.objectives
	};
}

function mergeItem(a: ItemProgress, b: ItemProgress): ItemProgress {
	const newer = later(a.lastAt, b.lastAt) ? a : b;
	const card =
		a.card && b.card ? (later(a.card.last_review, b.card.last_review) ? a.card : b.card) : (a.card ?? b.card);
	return { ...newer, right: Math.max(a.right, b.right), wrong: Math.max(a.wrong, b.wrong), card };
}

function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, merge: (x: T, y: T) => T): Record<string, T> {
	const out: Record<string, T> = { ...a };
	for (const [key, value] of Object.entries(b)) out[key] = key in out ? merge(out[key], value) : value;
	return out;
}

export function mergeProgress(a: Progress, b: Progress): Progress {
	return {
		version: a.version,
		modules: mergeRecords(a.modules, b.modules, mergeModule),
		items: mergeRecords(a.items, b.items, mergeItem)
	};
}

/**
 * Two copies of an attempt: when they are the same attempt (same seed), every answer is kept,
 * the later one winning per question; a different attempt (the learner started over in one tab)
 * replaces the older one.
 */
export function mergeAttempt(a: SavedAttempt, b: SavedAttempt): SavedAttempt {
	const [newer, older] = later(a.updatedAt, b.updatedAt) ? [a, b] : [b, a];
	if (a.seed !== b.seed || a.startedAt !== b.startedAt) return newer;
	const answers = { ...older.answers };
	const answeredAt = { ...older.answeredAt };
	for (const [id, value] of Object.entries(newer.answers)) {
		if (!(id in answers) || later(newer.answeredAt[id], older.answeredAt[id])) {
			answers[id] = value;
			answeredAt[id] = newer.answeredAt[id] ?? newer.updatedAt;
		}
	}
	const hints = { ...older.hints };
	for (const [id, n] of Object.entries(newer.hints)) hints[id] = Math.max(n, hints[id] ?? 0);
	// A trail only grows: the longer one holds the other (on a tie, the newer tab's).
	const tries = { ...older.tries };
	for (const [id, list] of Object.entries(newer.tries)) {
		if (list.length >= (tries[id]?.length ?? 0)) tries[id] = list;
	}
	// A question closed in either tab stays closed, at the earlier point.
	const closedAt = { ...older.closedAt };
	for (const [id, n] of Object.entries(newer.closedAt ?? {})) closedAt[id] = Math.min(n, closedAt[id] ?? n);
	return {
		...newer,
		closedAt,
		answers,
		answeredAt,
		hints,
		tries,
		checked: { ...older.checked, ...newer.checked },
		revealed: { ...older.revealed, ...newer.revealed },
		flagged: { ...older.flagged, ...newer.flagged },
		timeSpentMs: Math.max(a.timeSpentMs, b.timeSpentMs)
	};
}
