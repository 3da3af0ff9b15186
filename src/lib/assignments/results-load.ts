// Class results, step 1: the receipts the teacher drops, picks or pastes as codes, read as text on
// this device, validated one by one, grouped by assignment and graded again from their answers
// against the assignment the teacher issued (regrade.ts). What a file's own figures say is only
// compared with that. Step 2 is results-analysis.ts, the exports results-csv.ts. Nothing leaves the
// browser.
import { encodeAssignment, type Assignment } from './assignment';
import { parseReceipt, RECEIPT_LIMITS, type Receipt, type ReceiptError } from './receipt';
import { regrade, type Regraded } from './regrade';
import type { Quiz } from '../quiz/types';

/** A file the teacher dropped, read as text (never run, never shown as markup). */
export type ReceiptFile = { name: string; text: string };

export type FileProblemReason =
	| ReceiptError
	/** the browser could not read the file */
	| 'unreadable'
	/** the same attempt of the same student was already loaded */
	| 'duplicate'
	/** another attempt by the same student is used (the best one) */
	| 'other-attempt'
	/** kept for pages that list old reasons; files with another assignment are now shown as altered */
	| 'assignment-mismatch';

export type FileProblem = { file: string; reason: FileProblemReason };

/** A file as read: its text, or why it could not be read. */
export type ReadFile = ReceiptFile | { name: string; error: 'unreadable' | 'too-large' };

/** `id`: the receipt's identity (student, attempt, when it was finished), never its file name: two
 * students' files may share a name ("Léa Martin" in 3A and "Lea Martin" in 3B). */
export type LoadedReceipt = { id: string; file: string; receipt: Receipt; regraded: Regraded };

export type AssignmentGroup = {
	/** the teacher's own link when given, else the assignment most of the group's files carry */
	assignment: Assignment;
	/** true when the reference is the teacher's link, not what the files say */
	fromTeacher: boolean;
	/** one receipt per student: their best attempt (ties: the latest) */
	receipts: LoadedReceipt[];
};

/** `files`: the readable receipts' files by the assignment id they state (what the page keeps). */
export type LoadResult = { groups: AssignmentGroup[]; problems: FileProblem[]; files: Map<string, ReceiptFile[]> };

function studentKey(receipt: Receipt): string {
	const clean = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
	return `${clean(receipt.student.name)}\u0000${clean(receipt.student.class)}`;
}

/** The better of two attempts by their RECOMPUTED scores (ties: the later one). */
function better(a: LoadedReceipt, b: LoadedReceipt): boolean {
	if (a.regraded.percent !== b.regraded.percent) return a.regraded.percent > b.regraded.percent;
	return Date.parse(a.receipt.finishedAt) > Date.parse(b.receipt.finishedAt);
}

export type LoadOptions = {
	/** the site's quizzes, to grade every file again */
	quizzes: Quiz[];
	/** the assignments the teacher issued (their own links): these are the references */
	references?: Assignment[];
};

/**
 * Validates every file; a bad file is listed with its reason and the others still load. Receipts
 * are grouped by assignment id (several assignments dropped together give several groups, the
 * largest first); within a group, one receipt per student is kept.
 */
export function loadReceipts(files: ReadFile[], options: LoadOptions): LoadResult {
	const steps = loadSteps(files, options);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * The same, in slices of about `sliceMs` of work with the main thread free between them: 3,000
 * receipts read at once froze the page for 17 s. Undefined when `cancelled()` turns true (newer
 * files came in meanwhile).
 */
export async function loadReceiptsInSlices(
	files: ReadFile[],
	options: LoadOptions,
	cancelled: () => boolean = () => false,
	sliceMs = 25
): Promise<LoadResult | undefined> {
	const steps = loadSteps(files, options);
	for (;;) {
		const start = performance.now();
		let step = steps.next();
		while (!step.done && performance.now() - start < sliceMs) step = steps.next();
		if (step.done) return step.value;
		await new Promise((resolve) => setTimeout(resolve, 0));
		if (cancelled()) return undefined;
	}
}

/** The work of loadReceipts, one receipt at a time (each `yield` is a place to pause). */
function* loadSteps(files: ReadFile[], options: LoadOptions): Generator<void, LoadResult> {
	const problems: FileProblem[] = [];
	const byId = new Map<string, { file: string; receipt: Receipt }[]>();
	const texts = new Map<string, ReceiptFile[]>();
	for (const file of files) {
		yield;
		if ('error' in file) {
			problems.push({ file: file.name, reason: file.error });
			continue;
		}
		const parsed = parseReceipt(file.text);
		if (!parsed.ok) {
			problems.push({ file: file.name, reason: parsed.error });
			continue;
		}
		const id = parsed.receipt.assignment.id;
		if (!byId.has(id)) {
			byId.set(id, []);
			texts.set(id, []);
		}
		byId.get(id)!.push({ file: file.name, receipt: parsed.receipt });
		texts.get(id)!.push({ name: file.name, text: file.text });
	}

	const groups: AssignmentGroup[] = [];
	for (const list of byId.values()) {
		// The teacher's own link is the reference; without it, the assignment most files carry (a lone
		// edited file then sets it: the page asks for the link). A file with another one was edited.
		const encoded: string[] = [];
		for (const entry of list) {
			yield;
			encoded.push(encodeAssignment(entry.receipt.assignment));
		}
		const counts = new Map<string, number>();
		for (const text of encoded) counts.set(text, (counts.get(text) ?? 0) + 1);
		const issued = options.references?.find((a) => a.id === list[0].receipt.assignment.id);
		const reference = issued ? encodeAssignment(issued) : [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
		const assignment = issued ?? list[encoded.indexOf(reference)].receipt.assignment;
		const students = new Map<string, LoadedReceipt>();
		const seen = new Set<string>();
		// A file whose assignment differs is graded against the reference all the same, and shown as
		// altered (regrade): the teacher sees the student, with what was changed.
		for (const read of list) {
			yield;
			const key = studentKey(read.receipt);
			const attemptKey = `${key}\u0000${read.receipt.attempt}\u0000${read.receipt.finishedAt}`;
			const entry: LoadedReceipt = { ...read, id: attemptKey, regraded: regrade(read.receipt, assignment, options.quizzes) };
			if (seen.has(attemptKey)) {
				problems.push({ file: entry.file, reason: 'duplicate' });
				continue;
			}
			seen.add(attemptKey);
			const kept = students.get(key);
			if (!kept) students.set(key, entry);
			else if (better(entry, kept)) {
				problems.push({ file: kept.file, reason: 'other-attempt' });
				students.set(key, entry);
			} else problems.push({ file: entry.file, reason: 'other-attempt' });
		}
		const receipts = [...students.values()].sort(
			(a, b) =>
				a.receipt.student.class.localeCompare(b.receipt.student.class) ||
				a.receipt.student.name.localeCompare(b.receipt.student.name)
		);
		groups.push({ assignment, fromTeacher: Boolean(issued), receipts });
	}
	groups.sort((a, b) => b.receipts.length - a.receipts.length);
	return { groups, problems, files: texts };
}

/** Files whose reading is started in one task: starting a file's reading costs the page 0.2-0.4 ms
 * (Chromium, two-core machine), and 300 started at once held the drop's task for 45-130 ms. */
export const FILES_PER_TASK = 20;

/** Reads the files as text only (each is parsed as JSON and validated later, never run or shown as
 * markup), `perTask` at a time, in the order given. */
export async function readReceiptFiles(files: File[], perTask = FILES_PER_TASK): Promise<ReadFile[]> {
	const read: ReadFile[] = [];
	for (let start = 0; start < files.length; start += perTask) {
		// the page is free between two batches (a file's text comes back in a task of its own)
		if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
		read.push(...(await Promise.all(files.slice(start, start + perTask).map(readOne))));
	}
	return read;
}

async function readOne(file: File): Promise<ReadFile> {
	if (file.size > RECEIPT_LIMITS.fileBytes) return { name: file.name, error: 'too-large' };
	try {
		return { name: file.name, text: await file.text() };
	} catch {
		return { name: file.name, error: 'unreadable' };
	}
}
