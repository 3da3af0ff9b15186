import { describe, expect, it } from 'vitest';
import { decodeAssignment, encodeAssignment } from './assignment';
import { testAssignment } from './test-support/assignment';

// A link pasted inside a sentence, in a message or a document, comes with the sentence's
// punctuation; the browser keeps it in the address. It must still open the assignment.
const known = { modules: ['01-jurisdiction'], questionIds: ['q1', 'q2'] };
const assignment = testAssignment({ id: 'abc123xyz0', title: 'Révisions', lang: 'fr', modules: ['01-jurisdiction'], passMark: 0.7, attempts: 1, retries: false, createdAt: '2026-11-02T09:30:00.000Z' });

describe('a link pasted inside a sentence', () => {
	const token = encodeAssignment(assignment);
	const address = `https://example.org/fr/assignment/#${token}`;

	it.each([
		`${address}.`,
		`${address}).`,
		`(${address})`,
		`« ${address} »`,
		`${address},`,
		`${address}!?`,
		`"${token}";`,
		`<${address}>`
	])('opens %s', (pasted) => {
		expect(decodeAssignment(pasted, known)).toEqual({ ok: true, assignment });
	});

	it('still refuses a link cut short, punctuation or not', () => {
		expect(decodeAssignment(`${address.slice(0, -1)}.`, known).ok).toBe(false);
	});
});
