// Small helpers shared by the widgets.

/**
 * The entries in the given display order. Ids of `order` that name no entry (stale order) are
 * dropped, repeats are ignored, and entries the order leaves out follow in authored order.
 */
export function inDisplayOrder<T extends { id: string }>(entries: readonly T[], order: readonly string[]): T[] {
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	const result: T[] = [];
	const seen = new Set<string>();
	for (const id of order) {
		const entry = byId.get(id);
		if (entry !== undefined && !seen.has(id)) {
			result.push(entry);
			seen.add(id);
		}
	}
	for (const entry of entries) if (!seen.has(entry.id)) result.push(entry);
	return result;
}

/** An element id made of parts; whitespace (which would split aria-describedby lists) is replaced. */
export function elementId(...parts: string[]): string {
	return parts.join('-').replace(/\s/g, '_');
}

/** A value for aria-describedby from the ids that apply; undefined when none does. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
	const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
	return present.length > 0 ? present.join(' ') : undefined;
}

/** Whether `marks` says something about `part`. */
export function hasMark(marks: Record<string, boolean> | undefined, part: string): marks is Record<string, boolean> {
	return marks !== undefined && Object.hasOwn(marks, part);
}

/** Feedback text for `key`, or undefined (absent or empty). */
export function feedbackFor(feedback: Record<string, string> | undefined, key: string): string | undefined {
	if (feedback === undefined || !Object.hasOwn(feedback, key)) return undefined;
	const text = feedback[key];
	return text === '' ? undefined : text;
}
