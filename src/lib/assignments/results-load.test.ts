import { describe, expect, it } from 'vitest';
import { selectQuestions } from './assignment';
import type { ReceiptInput } from './receipt';
import { loadReceipts, loadReceiptsInSlices, readReceiptFiles } from './results-load';
import { RECEIPT_LIMITS } from './receipt';
import { receiptFile as file, testAssignment, testQuizzes as quizzes, studentReceipt } from './test-support/fixtures';

const assignment = testAssignment({ due: '2025-03-10' });
const ids = selectQuestions(assignment, quizzes, 0);

const receipt = (name: string, rightShare: number, overrides: Partial<ReceiptInput> = {}) =>
	studentReceipt(name, rightShare, { assignment, questionIds: ids, ...overrides });

describe('loadReceipts', () => {
	it('loads the good files and lists the bad ones with their reason', () => {
		const result = loadReceipts([
			file('a.json', receipt('Ada', 1)),
			file('broken.json', '{"format":'),
			file('b.json', receipt('Bob', 0.5)),
			file('other.json', '{"hello":1}'),
			{ name: 'huge.json', error: 'too-large' },
			{ name: 'gone.json', error: 'unreadable' }
		], { quizzes });
		expect(result.groups).toHaveLength(1);
		expect(result.groups[0].receipts.map((r) => r.receipt.student.name)).toEqual(['Ada', 'Bob']);
		expect(result.problems).toEqual([
			{ file: 'broken.json', reason: 'not-json' },
			{ file: 'other.json', reason: 'not-a-receipt' },
			{ file: 'huge.json', reason: 'too-large' },
			{ file: 'gone.json', reason: 'unreadable' }
		]);
	});

	it('groups receipts by assignment, the largest group first', () => {
		const other = { ...assignment, id: 'zzzzzzzzzz', title: 'Other' };
		const result = loadReceipts([
			file('x.json', receipt('Xavier', 1, { assignment: other })),
			file('a.json', receipt('Ada', 1)),
			file('b.json', receipt('Bob', 1))
		], { quizzes });
		expect(result.groups.map((g) => [g.assignment.id, g.receipts.length])).toEqual([
			['abcdefghij', 2],
			['zzzzzzzzzz', 1]
		]);
	});

	it('keeps one receipt per student (the best attempt), drops exact duplicates, shows an edited assignment as altered', () => {
		const first = receipt('Ada', 0.3);
		const second = receipt('  ada ', 0.8, { attempt: 2, finishedAt: '2025-03-06T10:00:00.000Z' });
		const edited = receipt('Bob', 1, { assignment: { ...assignment, passMark: 0 } });
		const result = loadReceipts([
			file('ada-1.json', first),
			file('ada-2.json', second),
			file('ada-2-copy.json', second),
			file('cy.json', receipt('Cy', 1)),
			file('bob.json', edited)
		], { quizzes });
		expect(result.groups[0].receipts.map((r) => r.file)).toEqual(['ada-2.json', 'bob.json', 'cy.json']);
		expect(result.problems).toEqual([
			{ file: 'ada-1.json', reason: 'other-attempt' },
			{ file: 'ada-2-copy.json', reason: 'duplicate' }
		]);
		const bob = result.groups[0].receipts.find((r) => r.file === 'bob.json')!;
		expect(bob.regraded.altered.map((a) => a.kind)).toContain('assignment');
	});
});

describe('loadReceiptsInSlices', () => {
	const files = Array.from({ length: 40 }, (_, i) => file(`s${i}.json`, receipt(`Student ${i}`, (i % 5) / 4)));

	it('gives what loadReceipts gives, leaving the main thread free between slices', async () => {
		let turns = 0;
		const counting = setInterval(() => turns++, 0);
		const sliced = await loadReceiptsInSlices(files, { quizzes }, () => false, 0);
		clearInterval(counting);
		expect(sliced).toEqual(loadReceipts(files, { quizzes }));
		expect(sliced!.groups[0].receipts).toHaveLength(40);
		// other work ran while the receipts were read
		expect(turns).toBeGreaterThan(0);
	});

	it('stops when newer files came in meanwhile', async () => {
		let newer = false;
		const reading = loadReceiptsInSlices(files, { quizzes }, () => newer, 0);
		newer = true;
		expect(await reading).toBeUndefined();
	});
});

describe('readReceiptFiles', () => {
	/** a stand-in for a dropped file that counts the readings started */
	function files(count: number, started: { n: number }, fail = new Set<number>(), large = new Set<number>()): File[] {
		return Array.from({ length: count }, (_, i) => {
			const size = large.has(i) ? RECEIPT_LIMITS.fileBytes + 1 : 10;
			const text = () => {
				started.n++;
				return fail.has(i) ? Promise.reject(new Error('gone')) : Promise.resolve(`text ${i}`);
			};
			return { name: `f${i}.json`, size, text } as unknown as File;
		});
	}

	it('reads every file as text, in order, saying which could not be read or were too large', async () => {
		const read = await readReceiptFiles(files(7, { n: 0 }, new Set([2]), new Set([5])), 3);
		expect(read).toEqual([
			{ name: 'f0.json', text: 'text 0' },
			{ name: 'f1.json', text: 'text 1' },
			{ name: 'f2.json', error: 'unreadable' },
			{ name: 'f3.json', text: 'text 3' },
			{ name: 'f4.json', text: 'text 4' },
			{ name: 'f5.json', error: 'too-large' },
			{ name: 'f6.json', text: 'text 6' }
		]);
	});

	it('starts a few readings per task, not a class\'s worth at once (300 held the drop\'s task 45-130 ms)', async () => {
		const started = { n: 0 };
		const reading = readReceiptFiles(files(300, started), 20);
		// what the drop's own task starts
		expect(started.n).toBe(20);
		await reading;
		expect(started.n).toBe(300);
	});
});
