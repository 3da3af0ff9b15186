import * as v from 'valibot';
import { deviceKeys, readDevice, setAside, writeDevice } from './device';

// What a student's device keeps about one assignment: who they said they are (never sent
// anywhere), the seed that chose their questions, the attempts used and their last receipt, and
// enough to bring them back to it ("Your assignments": title, due day, link, handed in or not).
const recordSchema = v.object({
	v: v.literal(1),
	name: v.pipe(v.string(), v.maxLength(80)),
	class: v.pipe(v.string(), v.maxLength(80)),
	seed: v.pipe(v.number(), v.integer()),
	attemptsUsed: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** the last receipt, as the JSON text that was offered for download */
	receipt: v.nullable(v.string()),
	/** the assignment's title and due day, to list it on the home and progress pages */
	title: v.optional(v.pipe(v.string(), v.maxLength(200)), ''),
	due: v.optional(v.nullable(v.string()), null),
	/** the link's page and fragment (`/fr/assignment/#…`), to come back to it */
	// only a path of this site's assignment page: a value edited on the device cannot make a link elsewhere
	link: v.optional(v.pipe(v.string(), v.maxLength(4000), v.regex(/^(\/(fr|en)\/assignment\/#\S*)?$/)), ''),
	/** the last receipt was shared, downloaded or copied */
	handedIn: v.optional(v.boolean(), false)
});
export type AssignmentRecord = v.InferOutput<typeof recordSchema>;

const PREFIX = 'assignment:';
const key = (id: string) => `${PREFIX}${id}`;

function parse(raw: string): AssignmentRecord | undefined {
	try {
		const parsed = v.safeParse(recordSchema, JSON.parse(raw));
		return parsed.success ? parsed.output : undefined;
	} catch {
		return undefined;
	}
}

export function freshRecord(seed: number): AssignmentRecord {
	return { v: 1, name: '', class: '', seed, attemptsUsed: 0, receipt: null, title: '', due: null, link: '', handedIn: false };
}

/** The record, or a fresh one (an unreadable record is kept aside, never erased). */
export function loadAssignmentRecord(id: string, newSeed: () => number): AssignmentRecord {
	const raw = readDevice(key(id));
	if (raw !== null) {
		const record = parse(raw);
		if (record) return record;
		// Set aside, or (the device being full) left where it is: a fresh record then lives in
		// memory for this visit (saveAssignmentRecord cannot write over what it could not copy).
		if (!setAside(key(id), raw)) heldBack.add(key(id));
	}
	return freshRecord(newSeed());
}

/** Records left unreadable in place because the device could not take their copy (see above). */
const heldBack = new Set<string>();

export function saveAssignmentRecord(id: string, record: AssignmentRecord): boolean {
	if (heldBack.has(key(id))) {
		if (readDevice(key(id)) !== null && parse(readDevice(key(id))!) === undefined && !setAside(key(id), readDevice(key(id))!)) return false;
		heldBack.delete(key(id));
	}
	return writeDevice(key(id), JSON.stringify(record));
}

/**
 * "Not you?" on a shared computer: the previous student's record (name, receipt) and attempt are
 * set aside under backup keys — never erased, never sent — and the assignment starts afresh.
 * Nobody's progress is touched.
 */
export function setAsideAssignment(id: string, attemptKey: string, newSeed: () => number): AssignmentRecord | undefined {
	const stamp = Date.now();
	for (const k of [key(id), attemptKey]) {
		const raw = readDevice(k);
		// The device is full: nothing is set aside and the previous student's work stays as it is.
		if (raw !== null && !setAside(k, raw, stamp)) return undefined;
	}
	const record = freshRecord(newSeed());
	saveAssignmentRecord(id, record);
	return record;
}

export type ListedAssignment = { id: string; record: AssignmentRecord };

/** Every assignment this device has opened, with a link to come back to (sorted by due day). */
export function listAssignments(): ListedAssignment[] {
	const listed: ListedAssignment[] = [];
	for (const k of deviceKeys()) {
		if (!k.startsWith(PREFIX)) continue;
		const raw = readDevice(k);
		const record = raw === null ? undefined : parse(raw);
		if (record && record.link) listed.push({ id: k.slice(PREFIX.length), record });
	}
	return listed.sort((a, b) => (a.record.due ?? "9999").localeCompare(b.record.due ?? "9999"));
}
