import * as v from 'valibot';

// What the site keeps about a learner's progress, on the device only. Versioned: a value written
// by an older version is migrated on read (migrations.ts); one this version cannot read is set
// aside, never erased.
export const PROGRESS_VERSION = 1;

const isoDate = v.pipe(v.string(), v.isoTimestamp());

export const cardSchema = v.object({
	due: isoDate,
	stability: v.number(),
	difficulty: v.number(),
	elapsed_days: v.number(),
	scheduled_days: v.number(),
	learning_steps: v.number(),
	reps: v.number(),
	lapses: v.number(),
	state: v.number(),
	last_review: v.nullable(isoDate)
});

export const moduleProgressSchema = v.object({
	/** finished attempts */
	attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** best and last score of a finished attempt, in percent */
	best: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
	last: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
	lastAt: v.nullable(isoDate),
	timeSpentMs: v.pipe(v.number(), v.minValue(0)),
	/** objective id → mastery in [0, 1], from the last finished attempt */
	objectives: v.record(v.string(), v.pipe(v.number(), v.minValue(0), v.maxValue(1)))
});

export const itemSchema = v.object({
	module: v.string(),
	lastScore: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	lastAt: isoDate,
	right: v.pipe(v.number(), v.integer(), v.minValue(0)),
	wrong: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** spaced repetition card, once the question was missed or answered with help */
	card: v.optional(cardSchema)
});

export const progressSchema = v.object({
	version: v.literal(PROGRESS_VERSION),
	modules: v.record(v.string(), moduleProgressSchema),
	/** per question id */
	items: v.record(v.string(), itemSchema)
});

export type Progress = v.InferOutput<typeof progressSchema>;
export type ModuleProgress = v.InferOutput<typeof moduleProgressSchema>;
export type ItemProgress = v.InferOutput<typeof itemSchema>;

export function emptyProgress(): Progress {
	return { version: PROGRESS_VERSION, modules: {}, items: {} };
}
