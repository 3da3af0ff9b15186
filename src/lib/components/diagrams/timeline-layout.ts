// The time axis's arithmetic, apart from the component so it can be tested on its own.

/** "2024", "2024-05" or "2024-05-20" → days since 1970-01-01 (a missing month or day is the 1st). */
export function dayNumber(date: string): number {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!match) throw new Error(`timeline: "${date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
	const [, y, m, d] = match;
	return Date.UTC(Number(y), Number(m ?? 1) - 1, Number(d ?? 1)) / 86_400_000;
}

/** Px of blank axis per year between two entries, and the most blank axis one gap may take. */
export const PX_PER_YEAR = 24;
export const MAX_GAP = 120;

export type Spaced<T> = T & {
	/** px of blank axis above this entry (0 for the first) */
	gap: number;
	/** the time before this entry was longer than MAX_GAP shows: the axis is drawn broken */
	broken: boolean;
};

/** The entries in time order, each with the blank axis above it: proportional to the time since
 * the entry before, capped at MAX_GAP (the axis then shows a break). Ties keep their given order. */
export function spaceEntries<T extends { date: string }>(entries: readonly T[]): Spaced<T>[] {
	const sorted = entries
		.map((entry, index) => ({ entry, index, day: dayNumber(entry.date) }))
		.sort((a, b) => a.day - b.day || a.index - b.index);
	return sorted.map(({ entry, day }, index) => {
		if (index === 0) return { ...entry, gap: 0, broken: false };
		const wanted = ((day - sorted[index - 1].day) / 365.25) * PX_PER_YEAR;
		return { ...entry, gap: Math.round(Math.min(wanted, MAX_GAP)), broken: wanted > MAX_GAP };
	});
}
