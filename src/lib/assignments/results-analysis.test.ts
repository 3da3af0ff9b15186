import { describe, expect, it } from 'vitest';
import { wrongAnswer } from '$lib/quiz/test-support/wrong-answer';
import { selectQuestions } from './assignment';
import { leanQuiz } from './lean-quiz';
import type { ReceiptInput } from './receipt';
import { analyse, distribution } from './results-analysis';
import { loadReceipts } from './results-load';
import { answerOnOneLine, promptOf } from './results-words';
import { questionById, receiptFile as file, testAssignment, testQuizzes as quizzes, studentReceipt } from './test-support/fixtures';

const assignment = testAssignment({ due: '2025-03-10' });
const ids = selectQuestions(assignment, quizzes, 0);

const receipt = (name: string, rightShare: number, overrides: Partial<ReceiptInput> = {}) =>
	studentReceipt(name, rightShare, { assignment, questionIds: ids, ...overrides });

describe('analyse', () => {
	const group = loadReceipts([
		file('a.json', receipt('Ada', 1)),
		file('b.json', receipt('Bob', 0.5, { finishedAt: '2025-03-12T10:00:00.000Z' })),
		file('c.json', receipt('Cy', 0))
	], { quizzes }).groups[0];
	const analysis = analyse(group, quizzes.map((q) => leanQuiz(q)));

	it('has one row per student and one column per question, in module and authored order', () => {
		expect(analysis.rows.map((r) => r.name)).toEqual(['Ada', 'Bob', 'Cy']);
		expect(analysis.columns.map((c) => c.id)).toEqual(ids);
		expect(promptOf(analysis.columns[0], 'en')).toBe(questionById(ids[0]).view.prompt.en);
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
		const question = questionById(single.id);
		const wrong = wrongAnswer(question);
		expect(single.commonWrong?.answer).toBe(wrong);
		expect(question.type === 'single' && question.view.options.find((o) => o.id === wrong)?.label.en).toBe(
			answerOnOneLine(single, single.commonWrong?.answer, 'en')
		);
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
		const eve = analyse(loadReceipts([file('eve.json', r)], { quizzes }).groups[0], quizzes);
		expect(eve.rows[0].regradeMismatches).toEqual([q.id]);
	});
});

// the CSV exports are tested in results-csv.test.ts
describe('distribution', () => {
	it('puts scores in ten bands, 100 % in the last', () => {
		expect(distribution([0, 9.99, 10, 55, 100, 99.9, Number.NaN]).map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 2]);
	});
});
