// Every forgery a teacher saw pass before (issue "Honest scores"): each is flagged, and never
// counted at its stated score. Receipts are built the way the student's page builds them, then
// edited by hand the way a student would edit the JSON file.
import { describe, expect, it } from 'vitest';
import { oneTry, type Trail } from '$lib/quiz/credit';
import { keyInput } from '$lib/quiz/grade';
import { wrongAnswer } from '$lib/quiz/test-support/wrong-answer';
import { QUESTION_TYPES } from '$lib/quiz/types';
import { selectQuestions } from './assignment';
import { analyse } from './results-analysis';
import { loadReceipts } from './results-load';
import { buildReceipt, parseReceipt, serializeReceipt, type Receipt } from './receipt';
import { regrade } from './regrade';
import { questionById, testAssignment, testQuizzes as quizzes } from './test-support/fixtures';


const assignment = testAssignment({
	id: 'forgery123',
	title: 'Forgeries',
	modules: ['01-jurisdiction'],
	questions: { mode: 'random', perModule: 6 },
	passMark: 0.7,
	attempts: 2,
	reveal: 'each'
});
const SEED = 424242;
const ids = selectQuestions(assignment, quizzes, SEED);


/** A student who answers the first `right` questions right and the others wrong, then reveals them. */
function honest(right: number, revealOthers = false): Receipt {
	const trails: Record<string, Trail> = {};
	const answers: Record<string, unknown> = {};
	ids.forEach((id, index) => {
		const question = questionById(id);
		const input = index < right ? keyInput(question, 'en') : wrongAnswer(question);
		answers[id] = input;
		trails[id] = { ...oneTry(input as never), revealed: index >= right && revealOthers };
	});
	return receiptOf(answers, trails);
}

/** The receipt the student's page builds from these answers and trails. */
function receiptOf(answers: Record<string, unknown>, trails: Record<string, Trail>): Receipt {
	return buildReceipt({
		assignment,
		student: { name: 'Eve', class: '2A' },
		attempt: 1,
		startedAt: '2025-03-05T10:00:00.000Z',
		finishedAt: '2025-03-05T10:30:00.000Z',
		quizzes,
		questionIds: ids,
		answers,
		trails,
		seed: SEED
	});
}

/** The file as the teacher reads it after the student edited it. */
function reread(receipt: Receipt): Receipt {
	const parsed = parseReceipt(serializeReceipt(receipt));
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.receipt;
}

/** Makes stated totals agree with stated scores, as a careful forger would. */
function fixTotals(r: Receipt): Receipt {
	r.total = r.questions.length;
	r.earned = r.questions.reduce((sum, q) => sum + q.score, 0);
	r.percent = r.total ? (r.earned / r.total) * 100 : 0;
	r.passed = r.total > 0 && r.earned / r.total >= r.assignment.passMark;
	return r;
}

describe('regrade', () => {
	it('an honest file is not altered, and its score is the stated one', () => {
		const r = honest(4);
		const result = regrade(reread(r), assignment, quizzes);
		expect(result.altered).toEqual([]);
		expect(result.earned).toBeCloseTo(4);
		expect(result.total).toBe(ids.length);
		expect(r.earned).toBeCloseTo(4);
	});

	it('a wrong answer followed by "show the answer" earns nothing in the file and in the regrade', () => {
		const r = honest(0, true);
		expect(r.earned).toBe(0);
		expect(r.questions.every((q) => q.revealed && q.score === 0)).toBe(true);
		expect(regrade(reread(r), assignment, quizzes).earned).toBe(0);
	});

	it('revealed answers edited to "not revealed" and full scores show as altered, worth what the answers earn', () => {
		const r = honest(0, true);
		for (const q of r.questions) {
			q.revealed = false;
			q.score = 1;
			q.correct = true;
		}
		const result = regrade(reread(fixTotals(r)), assignment, quizzes);
		expect(result.earned).toBe(0);
		expect(result.altered.map((a) => a.kind)).toEqual(expect.arrayContaining(['scores']));
	});

	it("every question's type switched: flagged, and earns nothing", () => {
		const r = honest(2);
		for (const q of r.questions) {
			q.type = QUESTION_TYPES.find((t) => t !== q.type)!;
			q.score = 1;
			q.correct = true;
		}
		const result = regrade(reread(fixTotals(r)), assignment, quizzes);
		expect(result.altered.find((a) => a.kind === 'type')).toMatchObject({ ids });
		expect(result.earned).toBe(0);
		expect(result.percent).toBe(0);
	});

	it('the missed questions deleted: flagged as missing, counted as 0 out of the whole assignment', () => {
		const r = honest(1);
		r.questions = r.questions.slice(0, 1);
		const result = regrade(reread(fixTotals(r)), assignment, quizzes);
		expect(result.altered.find((a) => a.kind === 'missing')).toMatchObject({ ids: ids.slice(1) });
		expect(result.total).toBe(ids.length);
		expect(result.earned).toBeCloseTo(1);
		expect(result.passed).toBe(false);
	});

	it('175 invented questions added: flagged as unknown, counted for nothing', () => {
		const r = honest(1);
		for (let n = 0; n < 175; n++) {
			r.questions.push({ id: `fake-${n}`, module: '01-jurisdiction', type: 'single', answer: 'a', tries: [], hints: 0, revealed: false, score: 1, correct: true });
		}
		const parsed = parseReceipt(serializeReceipt(fixTotals(r)));
		// either refused outright or read and flagged: never counted at 88.7 %
		if (parsed.ok) {
			const result = regrade(parsed.receipt, assignment, quizzes);
			expect(result.altered.find((a) => a.kind === 'unknown')).toMatchObject({ ids: expect.arrayContaining(['fake-0', 'fake-174']) });
			expect(result.earned).toBeCloseTo(1);
			expect(result.total).toBe(ids.length);
		} else {
			expect(parsed.error).toBe('inconsistent');
		}
	});

	it('a lone receipt with an edited pass mark does not set the reference once the teacher gives their link', () => {
		const r = honest(4);
		r.assignment = { ...r.assignment, passMark: 0.5 };
		const edited = reread(fixTotals(r));
		const withLink = loadReceipts([{ name: 'eve.json', text: serializeReceipt(edited) }], { quizzes, references: [assignment] });
		const row = analyse(withLink.groups[0], quizzes).rows[0];
		expect(row.passed).toBe(false); // 4 of 6 is below the issued 70 %
		expect(row.altered.map((a) => a.kind)).toContain('assignment');
	});

	it('a file whose scores were raised shows the recomputed score in the class results', () => {
		const r = honest(2);
		for (const q of r.questions) {
			q.score = 1;
			q.correct = true;
		}
		const loaded = loadReceipts([{ name: 'eve.json', text: serializeReceipt(fixTotals(r)) }], { quizzes });
		const analysis = analyse(loaded.groups[0], quizzes);
		expect(analysis.rows[0].percent).toBeCloseTo((2 / ids.length) * 100);
		expect(analysis.summary.mean).toBeCloseTo((2 / ids.length) * 100);
		expect(analysis.rows[0].altered.map((a) => a.kind)).toContain('scores');
	});

	it('a retry costs in the receipt as on the page', () => {
		const id = ids.find((candidate) => questionById(candidate).type === 'single')!;
		const first = questionById(id);
		const trails: Record<string, Trail> = {
			[id]: { tries: [{ input: wrongAnswer(first) as never, hints: 0 }, { input: keyInput(first, 'en'), hints: 0 }], hints: 0, revealed: false }
		};
		const r = receiptOf({ [id]: keyInput(first, 'en') }, trails);
		const q = r.questions.find((entry) => entry.id === id)!;
		expect(q.score).toBeGreaterThan(0);
		expect(q.score).toBeLessThan(1);
		expect(q.tries).toHaveLength(2);
		expect(regrade(reread(r), assignment, quizzes).altered).toEqual([]);
	});

	it('reads a version 1 receipt, marked as made before trails', () => {
		const r = honest(3);
		const v1 = {
			...r,
			v: 1,
			seed: undefined,
			questions: r.questions.map(({ id, module, type, answer, score, correct }) => ({ id, module, type, answer, score, correct }))
		};
		const parsed = parseReceipt(JSON.stringify(v1));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.receipt.beforeTrail).toBe(true);
		const result = regrade(parsed.receipt, assignment, quizzes);
		expect(result.beforeTrail).toBe(true);
		expect(result.earned).toBeCloseTo(3);
	});
});
