import * as v from 'valibot';
import type { Outcome } from '$lib/review/schedule';
import { readDevice, writeDevice } from './device';
import {
	asideCount,
	asideSchema,
	emptyProgress,
	itemSchema,
	moduleProgressSchema,
	PROGRESS_VERSION,
	type Aside,
	type ItemProgress,
	type Progress
} from './progress-schema';
import { mergeItem, mergeModule } from './merge';
import { own } from './own';
import { repairItem, repairModule } from './repair';

// The learner's progress across modules: scores, time spent, mastery per objective, and the
// spaced-repetition deck. Read-merge-write on every save, so that two tabs never overwrite each
// other's work. What cannot be read is set aside entry by entry, inside the record itself (so that
// no extra room is needed on a full device), never erased: one damaged question does not hide the
// rest, and the progress page offers it back.
export const PROGRESS_KEY = 'progress';

/** `aside`: how many entries could not be read (the pages that read progress say so). */
export type LoadedProgress = { progress: Progress; aside: number };

/** Older versions, migrated step by step to the current one (none yet: version 1 is the first). */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Own entries only: an id such as `toString` is data, never a member of Object.prototype. */
function entries(x: unknown): [string, unknown][] {
	return isObject(x) ? Object.entries(x) : [];
}

/**
 * Reads a stored or imported progress value: every readable entry kept, every other one set aside
 * with the value as it was. Never throws; a value that is not a progress record at all is kept
 * whole (as text) in `aside.whole`.
 */
export function readProgress(value: unknown): Progress {
	let current = value;
	if (isObject(current)) {
		for (let n = Number(current.version); n < PROGRESS_VERSION && migrations[n]; n++) current = migrations[n](current as Record<string, unknown>);
	}
	if (!isObject(current) || current.version !== PROGRESS_VERSION) {
		return { ...emptyProgress(), aside: { modules: {}, items: {}, whole: [JSON.stringify(value) ?? String(value)] } };
	}
	const progress = emptyProgress();
	const earlier = v.safeParse(asideSchema, current.aside);
	const aside: Aside = earlier.success ? earlier.output : { modules: {}, items: {}, whole: [] };
	if (current.aside !== undefined && !earlier.success) aside.whole.push(JSON.stringify(current.aside) ?? '');
	for (const [id, entry] of entries(current.modules)) {
		const parsed = v.safeParse(moduleProgressSchema, entry);
		if (parsed.success) progress.modules[id] = parsed.output;
		else aside.modules[id] = entry;
	}
	for (const [id, entry] of entries(current.items)) {
		const parsed = v.safeParse(itemSchema, entry);
		if (parsed.success) progress.items[id] = parsed.output;
		else aside.items[id] = entry;
	}
	if (current.modules !== undefined && !isObject(current.modules)) aside.whole.push(JSON.stringify({ modules: current.modules }));
	if (current.items !== undefined && !isObject(current.items)) aside.whole.push(JSON.stringify({ items: current.items }));
	const withAside = { ...progress, aside };
	return asideCount(withAside) > 0 ? withAside : progress;
}

export function loadProgress(): LoadedProgress {
	const raw = readDevice(PROGRESS_KEY);
	if (raw === null) return { progress: emptyProgress(), aside: 0 };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		// Not even JSON: kept whole, as text, not parsed again as a value.
		return { progress: { ...emptyProgress(), aside: { modules: {}, items: {}, whole: [raw] } }, aside: 1 };
	}
	const progress = readProgress(value);
	return { progress, aside: asideCount(progress) };
}

/** Applies `change` to the stored progress (merged with any other tab's) and saves it. */
export function updateProgress(change: (progress: Progress) => Progress): { progress: Progress; kept: boolean } {
	const next = change(loadProgress().progress);
	return { progress: next, kept: writeDevice(PROGRESS_KEY, JSON.stringify(next)) };
}

/**
 * The review scheduler (ts-fsrs), once it has been loaded: not with the page, but as the learner
 * reaches for a quiz (`loadScheduler`, through the quiz's store) or at the latest on the first answer.
 */
type Scheduler = typeof import('$lib/review/schedule');
let scheduler: Scheduler | undefined;

/**
 * Loads the scheduler ahead of the first answer, so that this answer too is stored and scheduled
 * in one write. Failing changes nothing: the first answer asks for it again.
 */
export function loadScheduler(): Promise<Scheduler> {
	return scheduler ? Promise.resolve(scheduler) : import('$lib/review/schedule').then((loaded) => (scheduler = loaded));
}

const hasPending = (progress: Progress) => Object.values(progress.items).some((item) => item.pending?.length);

/** Every waiting answer scheduled: the items with `pending` answers get their cards. */
function schedulePending(progress: Progress, { schedule }: Scheduler): Progress {
	if (!hasPending(progress)) return progress;
	const items = { ...progress.items };
	for (const [id, item] of Object.entries(items)) {
		if (!item.pending?.length) continue;
		let card = item.card;
		for (const answer of item.pending) card = schedule(card, answer, new Date(answer.at));
		const { pending: _done, ...rest } = item;
		items[id] = { ...rest, card };
	}
	return { ...progress, items };
}

/**
 * Records one graded answer: its score at once (synchronously: a tab closed right after Check
 * loses nothing), then its place in the review deck, once the scheduler (ts-fsrs, loaded on the
 * first answer, not with the page) is there. An answer whose scheduling did not happen (the tab
 * was closed first) waits in `pending` and is scheduled on the next answer or review. Once the
 * scheduler is loaded, both are one read-merge-write (issue 27: this runs in a Check's own task,
 * and each read parses and validates the whole record).
 */
export function recordAnswer(module: string, questionId: string, outcome: Outcome, now = new Date()) {
	const right = outcome.score === 1 && !outcome.helped;
	const loaded = scheduler;
	const { progress, kept } = updateProgress((progress) => {
		const previous: ItemProgress | undefined = own(progress.items, questionId);
		const item: ItemProgress = {
			module,
			lastScore: outcome.score,
			lastAt: now.toISOString(),
			right: (previous?.right ?? 0) + (right ? 1 : 0),
			wrong: (previous?.wrong ?? 0) + (right ? 0 : 1),
			card: previous?.card,
			pending: [...(previous?.pending ?? []), { score: outcome.score, helped: outcome.helped, at: now.toISOString() }]
		};
		const next = { ...progress, items: { ...progress.items, [questionId]: item } };
		return loaded ? schedulePending(next, loaded) : next;
	});
	return loaded && !hasPending(progress) ? Promise.resolve({ kept }) : scheduleWaiting().then((scheduled) => ({ kept: kept && scheduled.kept }));
}

/** Schedules every answer still waiting for the scheduler (see recordAnswer). */
export async function catchUpScheduling(): Promise<{ kept: boolean }> {
	if (!hasPending(loadProgress().progress)) return { kept: true };
	return scheduleWaiting();
}

/** What is pending scheduled, in a read-merge-write once the scheduler is here (no read before). */
async function scheduleWaiting(): Promise<{ kept: boolean }> {
	const loaded = await loadScheduler();
	return { kept: updateProgress((progress) => schedulePending(progress, loaded)).kept };
}

/** Records a finished attempt at a module's quiz. */
export function recordFinished(
	module: string,
	result: { percent: number; objectives: Record<string, number>; timeSpentMs: number },
	now = new Date()
) {
	return updateProgress((progress) => {
		const previous = own(progress.modules, module);
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

// ——— What was set aside: offered back on the progress page ———

/**
 * Puts back every set-aside entry that can be repaired (numbers brought within bounds, a card the
 * scheduler would refuse dropped: the question is then reviewed afresh); what cannot stays aside.
 * An entry whose id has been answered since is merged with it (nothing answered since is lost).
 */
export function restoreAside(now = new Date()): { restored: number; left: number; kept: boolean } {
	let restored = 0;
	const { progress, kept } = updateProgress((progress) => {
		const aside = progress.aside;
		if (!aside) return progress;
		const left: Aside = { modules: {}, items: {}, whole: [...aside.whole] };
		const modules = { ...progress.modules };
		const items = { ...progress.items };
		for (const [id, entry] of Object.entries(aside.modules)) {
			const repaired = repairModule(entry);
			if (!repaired) left.modules[id] = entry;
			else (modules[id] = Object.hasOwn(modules, id) ? mergeModule(modules[id], repaired) : repaired), restored++;
		}
		for (const [id, entry] of Object.entries(aside.items)) {
			const repaired = repairItem(entry, now);
			if (!repaired) left.items[id] = entry;
			else (items[id] = Object.hasOwn(items, id) ? mergeItem(items[id], repaired) : repaired), restored++;
		}
		const next: Progress = { version: progress.version, modules, items };
		return asideCount({ ...next, aside: left }) ? { ...next, aside: left } : next;
	});
	return { restored, left: asideCount(progress), kept };
}

/** What was set aside, as a file the learner can keep. */
export function asideFile(progress: Progress): string {
	return JSON.stringify({ format: 'icc-explainer-set-aside', aside: progress.aside ?? null }, null, 1);
}

/** Discards what was set aside (the page asks first, and offers the file before). */
export function discardAside(): { kept: boolean } {
	return updateProgress(({ aside: _gone, ...progress }) => progress);
}
