import * as v from 'valibot';
import { deviceKeys, readDevice, removeDevice, setAside, writeDeviceOnly } from './device';

// What a teacher's device keeps of the class results, per assignment: the receipts read (as the
// text of each file or code) and the teacher's own assignment link, so that the results are there
// again on the next visit without reading every file anew. Erased per assignment on request.
// Receipts are validated again on every read, like a file dropped on the page.
//
// A class's receipts are hundreds of kilobytes, and one localStorage write of 600 KB held the page
// for 60–160 ms (the results page must answer within 200 ms per task with 300 receipts). So the
// files are written in parts of about 50,000 characters, one part per task, and only then the
// small entry that names them (`class-results:<id>`, written last): a write cut short (the tab
// closed, the device full) leaves the previous entry and its parts as they were.
const PREFIX = 'class-results:';
const PARTS = 'class-parts:';
/** characters per part: a write of this size takes a few milliseconds */
const PART_CHARS = 50_000;
/** a part no entry names, older than this, is what a cut-short write left: removed on reading */
const ORPHAN_AFTER_MS = 60_000;

const fileSchema = v.object({ name: v.string(), text: v.string() });
type ClassFile = v.InferOutput<typeof fileSchema>;
/** the first format: everything in the one entry */
const wholeSchema = v.object({ v: v.literal(1), link: v.string(), files: v.array(fileSchema) });
/** the entry of a write in parts: the parts are `class-parts:<id>:<write>:<n>`, n from 0 */
const entrySchema = v.object({ v: v.literal(2), link: v.string(), write: v.pipe(v.string(), v.regex(/^[a-z0-9]+$/)), parts: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)) });
const partSchema = v.array(fileSchema);

export type SavedClassFiles = { link: string; files: ClassFile[]; assignmentId: string };

/** Beyond this (a year group's receipts), the device could not keep them anyway (a browser keeps
 * about 5 million characters per site, the learners' own progress included): not even tried, as
 * writing megabytes holds the page. */
const MAX_KEPT_CHARS = 2_500_000;

const partKey = (assignmentId: string, write: string, n: number) => `${PARTS}${assignmentId}:${write}:${n}`;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The files in parts of about PART_CHARS characters (a file is never split). */
function inParts(files: ClassFile[]): ClassFile[][] {
	const parts: ClassFile[][] = [];
	let size = Infinity;
	for (const file of files) {
		if (size >= PART_CHARS) parts.push([]), (size = 0);
		parts[parts.length - 1].push(file);
		size += file.name.length + file.text.length;
	}
	return parts;
}

/**
 * Keeps an assignment's files and link, a part per task. Resolves false when the device refused
 * or would refuse (too much, storage full): what was kept before is then left as it was, and the
 * page says the results are not kept. `cancelled()` true between two parts stops the write the
 * same way (newer files are being read).
 */
export async function saveClassFiles(assignmentId: string, files: ClassFile[], link: string, cancelled = () => false): Promise<boolean> {
	if (files.reduce((sum, file) => sum + file.name.length + file.text.length, 0) > MAX_KEPT_CHARS) return false;
	const write = Date.now().toString(36) + Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0');
	const parts = inParts(files);
	const undo = (written: number) => {
		for (let n = 0; n < written; n++) removeDevice(partKey(assignmentId, write, n));
	};
	for (const [n, part] of parts.entries()) {
		if (n > 0) await nextTask();
		if (cancelled() || !writeDeviceOnly(partKey(assignmentId, write, n), JSON.stringify(part))) {
			undo(n);
			return false;
		}
	}
	const before = entryOf(assignmentId);
	if (cancelled() || !writeDeviceOnly(PREFIX + assignmentId, JSON.stringify({ v: 2, link, write, parts: parts.length }))) {
		undo(parts.length);
		return false;
	}
	if (before) removeParts(assignmentId, (key) => key.startsWith(`${PARTS}${assignmentId}:${before.write}:`));
	return true;
}

function entryOf(assignmentId: string): v.InferOutput<typeof entrySchema> | null {
	const raw = readDevice(PREFIX + assignmentId);
	if (raw === null) return null;
	try {
		const parsed = v.safeParse(entrySchema, JSON.parse(raw));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}

function removeParts(assignmentId: string, which: (key: string) => boolean = () => true): void {
	for (const key of deviceKeys()) if (key.startsWith(`${PARTS}${assignmentId}:`) && which(key)) removeDevice(key);
}

function parse(raw: string): unknown {
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

/**
 * Every assignment's saved results. An unreadable entry, or an unreadable part of one, is set
 * aside under a backup key (the readable parts are kept); parts left by a write cut short are removed.
 */
export function loadClassFiles(now = Date.now()): SavedClassFiles[] {
	const saved: SavedClassFiles[] = [];
	const named = new Set<string>();
	const keys = deviceKeys();
	for (const key of keys) {
		if (!key.startsWith(PREFIX)) continue;
		const assignmentId = key.slice(PREFIX.length);
		const raw = readDevice(key);
		if (raw === null) continue;
		const value = parse(raw);
		const whole = v.safeParse(wholeSchema, value);
		if (whole.success) {
			saved.push({ link: whole.output.link, files: whole.output.files, assignmentId });
			continue;
		}
		const entry = v.safeParse(entrySchema, value);
		if (!entry.success) {
			setAside(key, raw);
			continue;
		}
		const files: ClassFile[] = [];
		for (let n = 0; n < entry.output.parts; n++) {
			const part = partKey(assignmentId, entry.output.write, n);
			named.add(part);
			const text = readDevice(part);
			if (text === null) continue;
			const read = v.safeParse(partSchema, parse(text));
			if (read.success) files.push(...read.output);
			else setAside(part, text);
		}
		saved.push({ link: entry.output.link, files, assignmentId });
	}
	for (const key of keys) {
		if (!key.startsWith(PARTS) || named.has(key)) continue;
		const write = key.split(':').at(-2) ?? '';
		const writtenAt = parseInt(write.slice(0, -4), 36);
		if (!(now - writtenAt < ORPHAN_AFTER_MS)) removeDevice(key);
	}
	return saved;
}

export function eraseClassFiles(assignmentId: string): void {
	removeDevice(PREFIX + assignmentId);
	removeParts(assignmentId);
}
