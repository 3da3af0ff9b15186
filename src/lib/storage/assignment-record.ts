import * as v from 'valibot';
import { readDevice, writeDevice } from './device';

// What a student's device keeps about one assignment: who they said they are (never sent
// anywhere), the seed that chose their questions, the attempts used and their last receipt.
const recordSchema = v.object({
	v: v.literal(1),
	name: v.pipe(v.string(), v.maxLength(80)),
	class: v.pipe(v.string(), v.maxLength(80)),
	seed: v.pipe(v.number(), v.integer()),
	attemptsUsed: v.pipe(v.number(), v.integer(), v.minValue(0)),
	/** the last receipt, as the JSON text that was offered for download */
	receipt: v.nullable(v.string())
});
export type AssignmentRecord = v.InferOutput<typeof recordSchema>;

const key = (id: string) => `assignment:${id}`;

/** The record, or a fresh one (an unreadable record is kept aside, never erased). */
export function loadAssignmentRecord(id: string, newSeed: () => number): AssignmentRecord {
	const raw = readDevice(key(id));
	if (raw !== null) {
		try {
			const parsed = v.safeParse(recordSchema, JSON.parse(raw));
			if (parsed.success) return parsed.output;
		} catch {
			// falls through: kept aside below
		}
		writeDevice(`backup:${key(id)}:${Date.now()}`, raw);
	}
	return { v: 1, name: '', class: '', seed: newSeed(), attemptsUsed: 0, receipt: null };
}

export function saveAssignmentRecord(id: string, record: AssignmentRecord): boolean {
	return writeDevice(key(id), JSON.stringify(record));
}
