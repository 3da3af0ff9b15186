// Grading a receipt again, on the teacher's device, from what the student answered: the same
// graders and credit rules as the student's page (src/lib/quiz/credit.ts), against the assignment
// the teacher issued. The class results show, average and export only this score; a file whose
// stated figures or question set differ from it is shown as altered, with what differs.
//
// What this can and cannot guarantee (said to the teacher on the results page): the answers are
// public on a static site, so a file can be made by hand; but a made-up score, a dropped or added
// question, a changed question type or a hidden "show the answer" all show here, and a revealed
// answer is worth nothing. It cannot prove the work was the student's own.
import { creditOf, type Trail } from '../quiz/credit';
import type { LearnerInput, Question, Quiz } from '../quiz/types';
import { encodeAssignment, questionCount, selectQuestions, type Assignment } from './assignment';
import type { Receipt, ReceiptQuestion } from './receipt';

export type Alteration =
	/** the file's assignment (pass mark, questions, rules…) is not the one the teacher issued */
	| { kind: 'assignment' }
	/** questions of the assignment that the file leaves out */
	| { kind: 'missing'; ids: string[] }
	/** questions in the file that the assignment did not give this student */
	| { kind: 'unknown'; ids: string[] }
	/** questions whose type in the file is not the question's */
	| { kind: 'type'; ids: string[] }
	/** questions whose stated score is not what their answers earn */
	| { kind: 'scores'; ids: string[] }
	/** the stated total, percentage or pass is not what the answers earn */
	| { kind: 'total' }
	/** an attempt number beyond the assignment's limit */
	| { kind: 'attempts' };

export type RegradedCell = {
	/** the credit the answers earn, in [0, 1] */
	score: number;
	correct: boolean;
	/** the student asked to see the answer */
	revealed: boolean;
	tries: number;
	hints: number;
	/** the last answer as given (null: none) */
	answer: unknown;
};

export type Regraded = {
	/** the assignment's questions for this student, in order */
	expected: string[];
	earned: number;
	total: number;
	/** earned / total × 100, exact */
	percent: number;
	passed: boolean;
	/** per expected question id */
	cells: Record<string, RegradedCell>;
	altered: Alteration[];
	/** a version 1 file: no trail, so a shown answer may count as given */
	beforeTrail: boolean;
};

const SLACK = 1e-6;

function receiptTrail(q: ReceiptQuestion): Trail {
	return { tries: q.tries.map((t) => ({ input: t.answer as LearnerInput, hints: t.hints })), hints: q.hints, revealed: q.revealed };
}

/** The questions this student was given: known exactly when the file carries the seed. */
function expectedIds(receipt: Receipt, reference: Assignment, quizzes: Quiz[]): string[] {
	if (reference.questions.mode !== 'random' || receipt.seed !== null) {
		return selectQuestions(reference, quizzes, receipt.seed ?? 0);
	}
	// A version 1 file of a random draw: the draw cannot be replayed. Take the file's questions that
	// the draw could have given (per module, at most perModule), and count the rest as missing.
	const perModule = reference.questions.perModule;
	const inModule = new Map(quizzes.map((quiz) => [quiz.module, new Set(quiz.questions.map((q) => q.view.id))]));
	const taken = new Map<string, number>();
	const ids: string[] = [];
	for (const q of receipt.questions) {
		if (!reference.modules.includes(q.module) || !inModule.get(q.module)?.has(q.id)) continue;
		const count = taken.get(q.module) ?? 0;
		if (count >= perModule) continue;
		taken.set(q.module, count + 1);
		ids.push(q.id);
	}
	return ids;
}

export function regrade(receipt: Receipt, reference: Assignment, quizzes: Quiz[]): Regraded {
	const questions = new Map<string, Question>();
	for (const quiz of quizzes) for (const question of quiz.questions) questions.set(question.view.id, question);

	const expected = expectedIds(receipt, reference, quizzes);
	const expectedSet = new Set(expected);
	const inFile = new Map(receipt.questions.map((q) => [q.id, q]));
	const altered: Alteration[] = [];

	if (encodeAssignment(receipt.assignment) !== encodeAssignment(reference)) altered.push({ kind: 'assignment' });

	const missing: string[] = [];
	const typeChanged: string[] = [];
	const scores: string[] = [];
	const cells: Record<string, RegradedCell> = {};
	let earned = 0;
	for (const id of expected) {
		const question = questions.get(id);
		const q = inFile.get(id);
		if (!question) continue;
		if (!q) {
			missing.push(id);
			cells[id] = { score: 0, correct: false, revealed: false, tries: 0, hints: 0, answer: null };
			continue;
		}
		if (q.type !== question.type) {
			typeChanged.push(id);
			cells[id] = { score: 0, correct: false, revealed: q.revealed, tries: q.tries.length, hints: q.hints, answer: q.answer };
			continue;
		}
		const credit = creditOf(question, receiptTrail(q));
		if (Math.abs(credit.credit - q.score) > SLACK) scores.push(id);
		earned += credit.credit;
		cells[id] = { score: credit.credit, correct: credit.credit === 1, revealed: q.revealed, tries: credit.tries, hints: q.hints, answer: q.answer };
	}
	const unknown = receipt.questions.filter((q) => !expectedSet.has(q.id)).map((q) => q.id);
	const total = reference.questions.mode === 'random' && receipt.seed === null ? questionCount(reference, quizzes) : expected.length;
	// a random draw of a version 1 file: questions it could not show count as missing
	for (let n = Object.keys(cells).length; n < total; n++) missing.push(`#${n + 1}`);

	if (missing.length) altered.push({ kind: 'missing', ids: missing });
	if (unknown.length) altered.push({ kind: 'unknown', ids: unknown });
	if (typeChanged.length) altered.push({ kind: 'type', ids: typeChanged });
	if (scores.length) altered.push({ kind: 'scores', ids: scores });

	const percent = total === 0 ? 0 : (earned / total) * 100;
	const passed = total > 0 && earned / total + 1e-9 >= reference.passMark;
	if (
		Math.abs(receipt.earned - earned) > SLACK ||
		receipt.total !== total ||
		Math.abs(receipt.percent - percent) > 1e-4 ||
		receipt.passed !== passed
	) {
		altered.push({ kind: 'total' });
	}
	if (reference.attempts > 0 && receipt.attempt > reference.attempts) altered.push({ kind: 'attempts' });

	return { expected, earned, total, percent, passed, cells, altered, beforeTrail: Boolean(receipt.beforeTrail) };
}
