// Merging what two tabs (or two devices, on import) wrote, so that neither overwrites the other's
// answers. Pure functions; the rules favour keeping work: per question the later answer wins,
// counts and best scores take the maximum.
//
// "Later" within one device is a counter, not the clock: a phone that corrects its time (steps back
// a minute, or a day) must not make a new answer look older than the one it replaces. Each attempt
// keeps `rev`, raised by one on every save (past any other tab's), and each answer the `rev` of the
// save that changed it. Times are kept for display and, across devices (an imported backup, where
// no counter is shared), as the last resort.
import type { SavedAttempt } from './attempts';
import { own } from './own';
import type { Aside, ItemProgress, ModuleProgress, Progress } from './progress-schema';

const later = (a: string | null | undefined, b: string | null | undefined) => (a ?? '') >= (b ?? '');
const maxNullable = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

export function mergeModule(a: ModuleProgress, b: ModuleProgress): ModuleProgress {
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

export function mergeItem(a: ItemProgress, b: ItemProgress): ItemProgress {
	const newer = later(a.lastAt, b.lastAt) ? a : b;
	const card =
		a.card && b.card ? (later(a.card.last_review, b.card.last_review) ? a.card : b.card) : (a.card ?? b.card);
	const pending = [...(a.pending ?? []), ...(b.pending ?? [])];
	const merged: ItemProgress = { ...newer, right: Math.max(a.right, b.right), wrong: Math.max(a.wrong, b.wrong), card };
	if (pending.length) merged.pending = pending;
	else delete merged.pending;
	if (!card) delete merged.card;
	return merged;
}

function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, merge: (x: T, y: T) => T): Record<string, T> {
	const out: Record<string, T> = { ...a };
	for (const [key, value] of Object.entries(b)) {
		const mine = own(out, key);
		out[key] = mine === undefined ? value : merge(mine, value);
	}
	return out;
}

function mergeAside(a: Aside | undefined, b: Aside | undefined): Aside | undefined {
	if (!a || !b) return a ?? b;
	const first = <T>(x: T) => x;
	return {
		modules: mergeRecords(a.modules, b.modules, first),
		items: mergeRecords(a.items, b.items, first),
		whole: [...new Set([...a.whole, ...b.whole])]
	};
}

export function mergeProgress(a: Progress, b: Progress): Progress {
	const merged: Progress = {
		version: a.version,
		modules: mergeRecords(a.modules, b.modules, mergeModule),
		items: mergeRecords(a.items, b.items, mergeItem)
	};
	const aside = mergeAside(a.aside, b.aside);
	return aside ? { ...merged, aside } : merged;
}

/** Which of two stamps is later: the counter first, the time only between equal counters. */
function laterStamp(a: { rev: number; at: string | undefined }, b: { rev: number; at: string | undefined }): boolean {
	return a.rev !== b.rev ? a.rev > b.rev : later(a.at, b.at);
}

/**
 * Two copies of an attempt: when they are the same attempt (same seed), every answer is kept,
 * the later one winning per question; a different attempt (the learner started over in one tab)
 * replaces the older one.
 */
export function mergeAttempt(a: SavedAttempt, b: SavedAttempt): SavedAttempt {
	const [newer, older] = laterStamp({ rev: a.rev, at: a.updatedAt }, { rev: b.rev, at: b.updatedAt }) ? [a, b] : [b, a];
	if (a.seed !== b.seed || a.startedAt !== b.startedAt) return newer;
	const answers = { ...older.answers };
	const answeredAt = { ...older.answeredAt };
	const answeredRev = { ...older.answeredRev };
	for (const [id, value] of Object.entries(newer.answers)) {
		const theirs = { rev: own(older.answeredRev, id) ?? 0, at: own(older.answeredAt, id) };
		const ours = { rev: own(newer.answeredRev, id) ?? 0, at: own(newer.answeredAt, id) };
		if (!Object.hasOwn(answers, id) || laterStamp(ours, theirs)) {
			answers[id] = value;
			answeredAt[id] = own(newer.answeredAt, id) ?? newer.updatedAt;
			answeredRev[id] = ours.rev;
		}
	}
	const hints = { ...older.hints };
	for (const [id, n] of Object.entries(newer.hints)) hints[id] = Math.max(n, own(hints, id) ?? 0);
	// A trail only grows: the longer one holds the other (on a tie, the newer tab's).
	const tries = { ...older.tries };
	for (const [id, list] of Object.entries(newer.tries)) {
		if (list.length >= (own(tries, id)?.length ?? 0)) tries[id] = list;
	}
	// A question closed in either tab stays closed, at the earlier point.
	const closedAt = { ...older.closedAt };
	for (const [id, n] of Object.entries(newer.closedAt ?? {})) closedAt[id] = Math.min(n, own(closedAt, id) ?? n);
	return {
		...newer,
		rev: Math.max(a.rev, b.rev),
		closedAt,
		answers,
		answeredAt,
		answeredRev,
		hints,
		tries,
		checked: { ...older.checked, ...newer.checked },
		revealed: { ...older.revealed, ...newer.revealed },
		flagged: { ...older.flagged, ...newer.flagged },
		timeSpentMs: Math.max(a.timeSpentMs, b.timeSpentMs)
	};
}
