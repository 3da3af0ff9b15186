import * as v from 'valibot';
import { cardSchema, isoDate, itemSchema, MAX_COUNT, MAX_TIME_MS, moduleProgressSchema, type ItemProgress, type ModuleProgress } from './progress-schema';

// Bringing a set-aside progress entry back (the learner pressed "restore" on the progress page):
// numbers brought within their bounds, a date out of range replaced, a card the scheduler would
// refuse dropped (the question is reviewed afresh). What has no usable shape at all stays aside.

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const clamp = (x: unknown, min: number, max: number, fallback: number) =>
	typeof x === 'number' && Number.isFinite(x) ? Math.min(max, Math.max(min, x)) : fallback;
const whole = (x: unknown, fallback = 0) => Math.floor(clamp(x, 0, MAX_COUNT, fallback));
const date = (x: unknown): string | null => (v.is(isoDate, x) ? x : null);

export function repairModule(entry: unknown): ModuleProgress | undefined {
	if (!isObject(entry)) return undefined;
	const percent = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? clamp(x, 0, 100, 0) : null);
	const objectives = Object.fromEntries(
		Object.entries(isObject(entry.objectives) ? entry.objectives : {})
			.filter(([, x]) => typeof x === 'number' && Number.isFinite(x))
			.map(([id, x]) => [id, clamp(x, 0, 1, 0)])
	);
	const repaired = {
		attempts: whole(entry.attempts),
		best: percent(entry.best),
		last: percent(entry.last),
		lastAt: date(entry.lastAt),
		timeSpentMs: clamp(entry.timeSpentMs, 0, MAX_TIME_MS, 0),
		objectives
	};
	const parsed = v.safeParse(moduleProgressSchema, repaired);
	return parsed.success ? parsed.output : undefined;
}

export function repairItem(entry: unknown, now: Date): ItemProgress | undefined {
	if (!isObject(entry) || typeof entry.module !== 'string' || typeof entry.lastScore !== 'number') return undefined;
	const card = v.safeParse(cardSchema, entry.card);
	const repaired = {
		module: entry.module,
		lastScore: clamp(entry.lastScore, 0, 1, 0),
		lastAt: date(entry.lastAt) ?? now.toISOString(),
		right: whole(entry.right),
		wrong: whole(entry.wrong),
		...(card.success ? { card: card.output } : {})
	};
	const parsed = v.safeParse(itemSchema, repaired);
	return parsed.success ? parsed.output : undefined;
}
