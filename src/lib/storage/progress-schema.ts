import * as v from 'valibot';

// What the site keeps about a learner's progress, on the device only. Versioned: a value written
// by an older version is migrated on read (progress.ts); an entry this version cannot read is set
// aside inside the same record (`aside`), never erased — see progress.ts.
export const PROGRESS_VERSION = 1;

// Bounds on every number and date read: a value out of them (a hostile or damaged file, a device
// whose clock said year 9999) is not shown or merged as it is, it is set aside with the rest.
export const MAX_COUNT = 1_000_000;
export const MAX_TIME_MS = 10 * 365 * 24 * 3600 * 1000;
const EARLIEST = Date.UTC(2020, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

export const isoDate = v.pipe(
	v.string(),
	v.isoTimestamp(),
	v.check((s) => {
		const t = Date.parse(s);
		return t >= EARLIEST && t < LATEST;
	}, 'a date between 2020 and 2100')
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));
const finite = (min: number, max: number) => v.pipe(v.number(), v.minValue(min), v.maxValue(max));

/** A ts-fsrs card as the scheduler accepts it (a card it would refuse is set aside, not scheduled). */
export const cardSchema = v.pipe(
	v.object({
		due: isoDate,
		stability: finite(0, 100_000),
		difficulty: finite(0, 10),
		elapsed_days: finite(0, MAX_COUNT),
		scheduled_days: finite(0, MAX_COUNT),
		learning_steps: count,
		reps: count,
		lapses: count,
		/** New, Learning, Review, Relearning */
		state: v.picklist([0, 1, 2, 3]),
		last_review: v.nullable(isoDate)
	}),
	// What ts-fsrs accepts: a blank memory (both 0), or one it has computed (difficulty ≥ 1,
	// stability ≥ its S_MIN, 0.001); anything between makes it throw.
	v.check(
		(card) => (card.stability === 0 && card.difficulty === 0) || (card.stability >= 0.001 && card.difficulty >= 1),
		'a memory state the scheduler accepts'
	)
);

export const moduleProgressSchema = v.object({
	/** finished attempts */
	attempts: count,
	/** best and last score of a finished attempt, in percent */
	best: v.nullable(finite(0, 100)),
	last: v.nullable(finite(0, 100)),
	lastAt: v.nullable(isoDate),
	timeSpentMs: finite(0, MAX_TIME_MS),
	/** objective id → mastery in [0, 1], from the last finished attempt */
	objectives: v.record(v.string(), finite(0, 1))
});

export const itemSchema = v.object({
	module: v.string(),
	lastScore: finite(0, 1),
	lastAt: isoDate,
	right: count,
	wrong: count,
	/** spaced repetition card, once the question was missed or answered with help */
	card: v.optional(cardSchema),
	/** answers recorded but not yet scheduled (the scheduler loads after the first answer) */
	pending: v.optional(
		v.pipe(v.array(v.object({ score: finite(0, 1), helped: v.boolean(), at: isoDate })), v.maxLength(1000))
	)
});

/**
 * What could not be read, kept as it was: entries by id, and whole values (raw text). Kept inside
 * the record so that setting it aside needs no extra room on a full device; offered back on the
 * progress page (restore what can be repaired, download, discard) and included in backups.
 */
export const asideSchema = v.object({
	modules: v.record(v.string(), v.unknown()),
	items: v.record(v.string(), v.unknown()),
	whole: v.array(v.string())
});

export const progressSchema = v.object({
	version: v.literal(PROGRESS_VERSION),
	modules: v.record(v.string(), moduleProgressSchema),
	/** per question id */
	items: v.record(v.string(), itemSchema),
	aside: v.optional(asideSchema)
});

export type Progress = v.InferOutput<typeof progressSchema>;
export type ModuleProgress = v.InferOutput<typeof moduleProgressSchema>;
export type ItemProgress = v.InferOutput<typeof itemSchema>;
export type Aside = v.InferOutput<typeof asideSchema>;

export function emptyProgress(): Progress {
	return { version: PROGRESS_VERSION, modules: {}, items: {} };
}

/** How many entries are set aside. */
export function asideCount(progress: Progress): number {
	const aside = progress.aside;
	return aside ? Object.keys(aside.modules).length + Object.keys(aside.items).length + aside.whole.length : 0;
}
