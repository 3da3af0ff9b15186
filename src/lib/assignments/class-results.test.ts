import { describe, expect, it } from 'vitest';
import { quizOf } from '$lib/content/quizzes';
import { grade, keyInput } from '$lib/quiz/grade';
import { wrongAnswer } from '$lib/quiz/test-support/wrong-answer';
import type { Question, Quiz } from '$lib/quiz/types';
import { selectQuestions, type Assignment } from './assignment';
import { describeAnswer } from '$lib/describe-answer';
import { analyse, distribution, loadReceipts } from './class-results';
import { leanQuiz } from './lean-quiz';
import { buildReceipt, serializeReceipt, type Receipt } from './receipt';

const quizzes = ['01-jurisdiction', '02-cyber'].map((module) => quizOf(module)).filter((q): q is Quiz => q !== undefined);
const byId = new Map(quizzes.flatMap((quiz) => quiz.questions.map((q) => [q.view.id, q] as const)));

const assignment: Assignment = {
	v: 1,
	id: 'abcdefghij',
	title: 'Unit test',
	note: '',
	lang: 'en',
	modules: ['01-jurisdiction', '02-cyber'],
	questions: { mode: 'all' },
	passMark: 0.5,
	attempts: 0,
	reveal: 'end',
	retries: true,
	due: '2025-03-10',
	createdAt: '2025-03-01T09:00:00.000Z'
};
const ids = selectQuestions(assignment, quizzes, 0);


function receipt(name: string, rightShare: number, overrides: Partial<Parameters<typeof buildReceipt>[0]> = {}): Receipt {
	const answers: Record<string, unknown> = {};
	ids.forEach((id, index) => {
		const question = byId.get(id)!;
		answers[id] = index < ids.length * rightShare ? keyInput(question, 'en') : wrongAnswer(question);
	});
	return buildReceipt({
		assignment,
		student: { name, class: 'B' },
		attempt: 1,
		startedAt: '2025-03-05T10:00:00.000Z',
		finishedAt: '2025-03-05T10:30:00.000Z',
		quizzes,
		questionIds: ids,
		answers,
		...overrides
	});
}

const file = (name: string, r: Receipt | string) => ({ name, text: typeof r === 'string' ? r : serializeReceipt(r) });

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

describe('analyse', () => {
	const group = loadReceipts([
		file('a.json', receipt('Ada', 1)),
		file('b.json', receipt('Bob', 0.5, { finishedAt: '2025-03-12T10:00:00.000Z' })),
		file('c.json', receipt('Cy', 0))
	], { quizzes }).groups[0];
	const analysis = analyse(group, quizzes.map((q) => leanQuiz(q)), 'en');

	it('has one row per student and one column per question, in module and authored order', () => {
		expect(analysis.rows.map((r) => r.name)).toEqual(['Ada', 'Bob', 'Cy']);
		expect(analysis.columns.map((c) => c.id)).toEqual(ids);
		expect(analysis.columns[0].prompt).toBe(byId.get(ids[0])!.view.prompt.en);
		expect(analysis.rows[0].cells[ids[0]]).toEqual({ score: 1, correct: true });
		expect(analysis.rows.map((r) => r.late)).toEqual([false, true, false]);
		expect(analysis.rows.every((r) => r.regradeMismatches.length === 0)).toBe(true);
	});

	it('sums up the class and the distribution', () => {
		expect(analysis.summary.students).toBe(3);
		expect(analysis.summary.late).toBe(1);
		expect(analysis.distribution.reduce((n, b) => n + b.count, 0)).toBe(3);
		expect(analysis.distribution[9].count).toBe(1);
	});

	it('finds the share right per question, the most common wrong answer and what to re-teach', () => {
		const last = analysis.items.at(-1)!;
		expect(last.given).toBe(3);
		expect(last.correct).toBe(1);
		expect(last.reteach).toBe(true);
		const first = analysis.items[0];
		expect(first.correct).toBe(2);
		expect(first.reteach).toBe(false);
		const single = analysis.items.find((item) => item.type === 'single' && item.correct < 3)!;
		const question = byId.get(single.id)!;
		const wrong = wrongAnswer(question);
		expect(question.type === 'single' && question.view.options.find((o) => o.id === wrong)?.label.en).toBe(single.commonWrong?.text);
	});

	it('flags a file whose scores do not match its answers', () => {
		const r = receipt('Eve', 0);
		// Eve raises one score and fixes the totals: consistent, but the answers say otherwise.
		const q = r.questions.find((entry) => entry.type === 'single')!;
		q.score = 1;
		q.correct = true;
		r.earned += 1;
		r.percent = (r.earned / r.total) * 100;
		r.passed = r.earned / r.total >= assignment.passMark;
		const eve = analyse(loadReceipts([file('eve.json', r)], { quizzes }).groups[0], quizzes, 'en');
		expect(eve.rows[0].regradeMismatches).toEqual([q.id]);
	});
});

// the CSV exports are tested in results-csv.test.ts
describe('distribution', () => {
	it('puts scores in ten bands, 100 % in the last', () => {
		expect(distribution([0, 9.99, 10, 55, 100, 99.9, Number.NaN]).map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
	});
});

describe('leanQuiz', () => {
	it('grades and describes like the full quiz, in the language kept', () => {
		for (const quiz of quizzes) {
			const lean = leanQuiz(quiz, 'fr');
			expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(quiz).length / 2);
			quiz.questions.forEach((question, index) => {
				const other = lean.questions[index];
				for (const lang of ['fr', 'en'] as const) {
					const input = keyInput(question, lang);
					expect(grade(other, input)).toEqual({ ...grade(question, input), feedback: expect.any(Array) });
				}
				expect(other.view.prompt).toEqual({ fr: question.view.prompt.fr });
				expect(describeAnswer(other, keyInput(question, 'fr'), 'fr')).toEqual(describeAnswer(question, keyInput(question, 'fr'), 'fr'));
			});
		}
	});
});
