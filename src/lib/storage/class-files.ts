import * as v from 'valibot';
import { deviceKeys, readDevice, removeDevice, setAside, writeDevice } from './device';

// What a teacher's device keeps of the class results, per assignment: the receipts read (as the
// text of each file or code) and the teacher's own assignment link, so that the results are there
// again on the next visit without reading every file anew. Erased per assignment on request.
// Receipts are validated again on every read, like a file dropped on the page.
const PREFIX = 'class-results:';

const savedSchema = v.object({
	v: v.literal(1),
	/** the teacher's assignment link, '' when none was pasted */
	link: v.string(),
	files: v.array(v.object({ name: v.string(), text: v.string() }))
});
export type SavedClassFiles = v.InferOutput<typeof savedSchema> & { assignmentId: string };

/** Beyond this (a year group's receipts), the device could not keep them anyway (a browser keeps
 * about 5 million characters per site, the learners' own progress included): not even tried, as
 * writing megabytes holds the page. */
const MAX_KEPT_CHARS = 2_500_000;

/** Returns false when the device refused or would refuse (too much, storage full): the page says the results are not kept. */
export function saveClassFiles(assignmentId: string, files: { name: string; text: string }[], link: string): boolean {
	if (files.reduce((sum, file) => sum + file.name.length + file.text.length, 0) > MAX_KEPT_CHARS) return false;
	return writeDevice(PREFIX + assignmentId, JSON.stringify({ v: 1, link, files }));
}

/** Every assignment's saved results; an unreadable entry is set aside under a backup key. */
export function loadClassFiles(): SavedClassFiles[] {
	const saved: SavedClassFiles[] = [];
	for (const key of deviceKeys()) {
		if (!key.startsWith(PREFIX)) continue;
		const raw = readDevice(key);
		if (raw === null) continue;
		try {
			const parsed = v.safeParse(savedSchema, JSON.parse(raw));
			if (parsed.success) {
				saved.push({ ...parsed.output, assignmentId: key.slice(PREFIX.length) });
				continue;
			}
		} catch {
			// set aside below
		}
		setAside(key, raw);
	}
	return saved;
}

export function eraseClassFiles(assignmentId: string): void {
	removeDevice(PREFIX + assignmentId);
}
