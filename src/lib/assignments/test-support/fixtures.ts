// What the tests of assignments, receipts, class results and the teacher's components are built
// from, in one place: a new required field of an assignment or a receipt is added here once.
// Tests pass only what matters to them; the rest is a plain, valid default.
import { quizOf } from '$lib/content/quizzes';
import { keyInput } from '$lib/quiz/grade';
import { wrongAnswer } from '$lib/quiz/test-support/wrong-answer';
import type { Locale, Question, Quiz } from '$lib/quiz/types';
import { buildReceipt, serializeReceipt, type Receipt, type ReceiptInput } from '../receipt';

export { testAssignment } from './assignment';

/** Two of the site's real quizzes: receipts are graded against them. */
export const testQuizzes: Quiz[] = ['01-jurisdiction', '02-cyber'].map((module) => quizOf(module)).filter((q): q is Quiz => q !== undefined);

const questions = new Map(testQuizzes.flatMap((quiz) => quiz.questions.map((q) => [q.view.id, q] as const)));

/** A question of `testQuizzes` by its id (throws when there is none: the test is wrong). */
export function questionById(id: string): Question {
	const question = questions.get(id);
	if (!question) throw new Error(`no question ${id} in the test quizzes`);
	return question;
}

/**
 * Answers to `ids`: the first `right` ones right (the key, in `lang`), the others left blank, or
 * answered wrong when `others` is 'wrong'.
 */
export function answersTo(ids: string[], right: number, others: 'blank' | 'wrong' = 'blank', lang: Locale = 'en'): Record<string, unknown> {
	const answers: Record<string, unknown> = {};
	ids.forEach((id, index) => {
		if (index < right) answers[id] = keyInput(questionById(id), lang);
		else if (others === 'wrong') answers[id] = wrongAnswer(questionById(id));
	});
	return answers;
}

/** A receipt as the student's page builds it: by default Ada, class B, one attempt of 20 minutes. */
export function testReceipt(input: Pick<ReceiptInput, 'assignment' | 'questionIds' | 'answers'> & Partial<ReceiptInput>): Receipt {
	return buildReceipt({
		student: { name: 'Ada', class: 'B' },
		attempt: 1,
		startedAt: '2025-03-05T10:00:00.000Z',
		finishedAt: '2025-03-05T10:20:00.000Z',
		quizzes: testQuizzes,
		...input
	});
}

/** A student of class B who answers a share of `questionIds` right (the first ones) and the others wrong. */
export function studentReceipt(
	name: string,
	rightShare: number,
	input: Pick<ReceiptInput, 'assignment' | 'questionIds'> & Partial<ReceiptInput>
): Receipt {
	const right = Math.ceil(input.questionIds.length * rightShare);
	return testReceipt({ student: { name, class: 'B' }, answers: answersTo(input.questionIds, right, 'wrong'), ...input });
}

/** A file as the teacher drops it on the class results page, read as text. */
export function receiptFile(name: string, receipt: Receipt | string): { name: string; text: string } {
	return { name, text: typeof receipt === 'string' ? receipt : serializeReceipt(receipt) };
}
