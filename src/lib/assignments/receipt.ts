// A completion receipt: the JSON file a student downloads at the end of an assignment and hands to
// the teacher. It carries the assignment, who the student said they are, their answers, the score
// of each answer and the times. The class results page reads many of them at once.
//
// A receipt is made on the student's device: its figures are checked for consistency here, and the
// results page grades every answer again from its trail (regrade.ts) and shows only that score, so
// an edited figure shows as "altered". Nothing can prove the work was the student's own.
//
// Version 2 carries each question's trail (every checked answer, hints, whether the answer was
// shown) and the seed that chose the questions; version 1 receipts are still read, marked as made
// before trails (an answer shown then may have been kept as the student's).
import * as v from 'valibot';
import { coerceInput } from '../quiz/coerce-input';
import { creditOf, oneTry, type Trail } from '../quiz/credit';
import { QUESTION_TYPES, type Question, type QuestionType, type Quiz } from '../quiz/types';
import { assignmentSchema, isTimestamp, type Assignment } from './assignment';

export const RECEIPT_FORMAT = 'icc-explainer-receipt';
export const RECEIPT_VERSION = 2;

export const RECEIPT_LIMITS = {
	/** bytes of the file */
	fileBytes: 1_000_000,
	name: 80,
	class: 80,
	questions: 200,
	/** characters of a typed answer kept in the receipt */
	answerText: 2000,
	/** tries kept per question (the credit of later ones is 0 anyway) */
	tries: 20
} as const;

export type ReceiptTry = { answer: unknown; hints: number };

export type ReceiptQuestion = {
	id: string;
	module: string;
	type: QuestionType;
	/** the last answer as given (null: not answered) */
	answer: unknown;
	/** every answer checked or submitted, in order, with the hints open then */
	tries: ReceiptTry[];
	hints: number;
	/** the student asked to see the answer: the question earns nothing */
	revealed: boolean;
	/** the credit, in [0, 1] (src/lib/quiz/credit.ts) */
	score: number;
	/** score === 1 */
	correct: boolean;
};

export type Receipt = {
	format: typeof RECEIPT_FORMAT;
	v: 2;
	/** the seed that chose the student's questions (random selections), null when unknown */
	seed: number | null;
	/** read from a version 1 file: no trail was kept, a shown answer may count as given */
	beforeTrail?: boolean;
	assignment: Assignment;
	student: { name: string; class: string };
	/** 1 for the first attempt */
	attempt: number;
	startedAt: string;
	finishedAt: string;
	questions: ReceiptQuestion[];
	/** sum of the scores */
	earned: number;
	/** number of questions (each is worth 1) */
	total: number;
	/** earned / total × 100 */
	percent: number;
	/** earned / total ≥ the assignment's pass mark */
	passed: boolean;
};

export type ReceiptError = 'too-large' | 'not-json' | 'not-a-receipt' | 'outdated' | 'inconsistent';
// Note: 'inconsistent' is for figures that contradict each other inside the file. A file whose
// figures agree with each other but not with its answers is read, and shown as altered.
export const RECEIPT_ERRORS: readonly ReceiptError[] = ['too-large', 'not-json', 'not-a-receipt', 'outdated', 'inconsistent'];
export type ParseReceiptResult = { ok: true; receipt: Receipt } | { ok: false; error: ReceiptError };

// ——— Schema ———

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/**
 * An answer of several parts (matching, cloze, case): part id → the choice, or null. Every key is
 * kept, "prototype" and "constructor" too (valibot's record leaves those out): ids are data, and a
 * receipt read back is the receipt written (the fuzz test found one that was not).
 */
const partsSchema = v.custom<Record<string, string | null>>(
	(value) =>
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.keys(value).length <= 100 &&
		Object.entries(value).every(([key, entry]) => key.length <= 100 && (entry === null || (typeof entry === 'string' && entry.length <= 100))),
	'an answer of several parts: at most 100 entries of at most 100 characters'
);

/** The shapes a LearnerInput can take (see src/lib/quiz/types.ts). */
const answerSchema = v.union([
	v.null(),
	v.boolean(),
	text(RECEIPT_LIMITS.answerText),
	v.pipe(v.array(text(100)), v.maxLength(100)),
	partsSchema
]);

const scoreSchema = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));

const questionV1 = v.strictObject({
	id: text(100),
	module: text(64),
	type: v.picklist(QUESTION_TYPES),
	answer: answerSchema,
	score: scoreSchema,
	correct: v.boolean()
});
const questionV2 = v.strictObject({
	...questionV1.entries,
	tries: v.pipe(
		v.array(v.strictObject({ answer: answerSchema, hints: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)) })),
		v.maxLength(RECEIPT_LIMITS.tries)
	),
	hints: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
	revealed: v.boolean()
});

const receiptFields = {
	format: v.literal(RECEIPT_FORMAT),
	assignment: assignmentSchema,
	student: v.strictObject({ name: text(RECEIPT_LIMITS.name), class: text(RECEIPT_LIMITS.class) }),
	attempt: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
	startedAt: v.pipe(v.string(), v.check(isTimestamp)),
	finishedAt: v.pipe(v.string(), v.check(isTimestamp)),
	earned: v.pipe(v.number(), v.finite(), v.minValue(0)),
	total: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(RECEIPT_LIMITS.questions)),
	percent: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100)),
	passed: v.boolean()
};

const receiptV1Schema = v.strictObject({
	...receiptFields,
	v: v.literal(1),
	questions: v.pipe(v.array(questionV1), v.maxLength(RECEIPT_LIMITS.questions))
});

export const receiptSchema = v.strictObject({
	...receiptFields,
	v: v.literal(RECEIPT_VERSION),
	seed: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 32 - 1))),
	questions: v.pipe(v.array(questionV2), v.maxLength(RECEIPT_LIMITS.questions))
});

/** A version 1 receipt in today's shape: each answer one try, nothing known of hints or reveals. */
function fromV1(old: v.InferOutput<typeof receiptV1Schema>): Receipt {
	return {
		...old,
		v: RECEIPT_VERSION,
		seed: null,
		beforeTrail: true,
		questions: old.questions.map((q) => ({
			...q,
			tries: q.answer === null ? [] : [{ answer: q.answer, hints: 0 }],
			hints: 0,
			revealed: false
		}))
	};
}

// ——— Building ———

// Sums of partial credits are not exact in binary (0.1 + 0.2): do not fail a student by 1e-16.
const PASS_SLACK = 1e-9;

export function passes(earned: number, total: number, passMark: number): boolean {
	return total > 0 && earned / total + PASS_SLACK >= passMark;
}

export type ReceiptInput = {
	assignment: Assignment;
	student: { name: string; class: string };
	/** 1 for the first attempt */
	attempt: number;
	/** ISO timestamps */
	startedAt: string;
	finishedAt: string;
	/** the quizzes of the assignment's modules */
	quizzes: Quiz[];
	/** the question ids the student was given, in order (selectQuestions); unknown ids are skipped */
	questionIds: string[];
	/** question id → the last LearnerInput; a missing id is an unanswered question */
	answers: Record<string, unknown>;
	/** question id → its trail; without it, each answer counts as one try with no help */
	trails?: Record<string, Trail>;
	/** the seed that chose the questions */
	seed?: number;
};

function findQuestion(quizzes: Quiz[], id: string): { question: Question; module: string } | undefined {
	for (const quiz of quizzes) {
		const question = quiz.questions.find((q) => q.view.id === id);
		if (question) return { question, module: quiz.module };
	}
	return undefined;
}

/** The answer as the receipt keeps it: the question type's shape, long texts cut. */
function storedAnswer(question: Question, answer: unknown): unknown {
	if (answer === undefined) return null;
	const input = coerceInput(question.type, answer);
	return typeof input === 'string' ? input.slice(0, RECEIPT_LIMITS.answerText) : input;
}

/** Grades every answer and builds the receipt (always valid for parseReceipt). */
export function buildReceipt(input: ReceiptInput): Receipt {
	const questions: ReceiptQuestion[] = [];
	const seen = new Set<string>();
	for (const id of input.questionIds) {
		const found = seen.has(id) ? undefined : findQuestion(input.quizzes, id);
		if (!found) continue;
		seen.add(id);
		const answer = storedAnswer(found.question, input.answers[id]);
		const trail = input.trails ? (input.trails[id] ?? { tries: [], hints: 0, revealed: false }) : answer === null ? undefined : oneTry(answer as never);
		const tries = (trail?.tries ?? [])
			.slice(0, RECEIPT_LIMITS.tries)
			.map((t) => ({ answer: storedAnswer(found.question, t.input), hints: t.hints }));
		const kept: Trail = { tries: tries.map((t) => ({ input: t.answer as never, hints: t.hints })), hints: trail?.hints ?? 0, revealed: trail?.revealed ?? false };
		const score = creditOf(found.question, kept).credit;
		questions.push({
			id,
			module: found.module,
			type: found.question.type,
			answer,
			tries,
			hints: kept.hints,
			revealed: kept.revealed,
			score,
			correct: score === 1
		});
	}
	const earned = questions.reduce((sum, q) => sum + q.score, 0);
	const total = questions.length;
	return {
		format: RECEIPT_FORMAT,
		v: RECEIPT_VERSION,
		seed: input.seed === undefined ? null : input.seed >>> 0,
		assignment: input.assignment,
		student: {
			name: input.student.name.trim().slice(0, RECEIPT_LIMITS.name),
			class: input.student.class.trim().slice(0, RECEIPT_LIMITS.class)
		},
		attempt: input.attempt,
		startedAt: input.startedAt,
		finishedAt: input.finishedAt,
		questions,
		earned,
		total,
		percent: total === 0 ? 0 : (earned / total) * 100,
		passed: passes(earned, total, input.assignment.passMark)
	};
}

/** The file's text. */
export function serializeReceipt(receipt: Receipt): string {
	return JSON.stringify(receipt, null, 2) + '\n';
}

/** A file name made of safe characters only: receipt-<name>-<assignment id>-<attempt>.json */
export function receiptFileName(receipt: Receipt): string {
	const name =
		receipt.student.name
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'student';
	return `receipt-${name}-${receipt.assignment.id}-${receipt.attempt}.json`;
}

// ——— Parsing ———

const TOLERANCE = 1e-6;

function utf8Length(text: string): number {
	return new TextEncoder().encode(text).length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Figures that contradict each other, or answers the assignment could not have asked. */
function consistent(r: Receipt): boolean {
	const { assignment: a, questions } = r;
	if (r.total !== questions.length) return false;
	if (new Set(questions.map((q) => q.id)).size !== questions.length) return false;
	if (questions.some((q) => q.correct !== (q.score === 1))) return false;
	const earned = questions.reduce((sum, q) => sum + q.score, 0);
	if (Math.abs(earned - r.earned) > TOLERANCE) return false;
	const percent = r.total === 0 ? 0 : (earned / r.total) * 100;
	if (Math.abs(percent - r.percent) > 1e-4) return false;
	if (r.passed !== passes(earned, r.total, a.passMark)) return false;
	if (Date.parse(r.finishedAt) < Date.parse(r.startedAt)) return false;
	if (a.attempts > 0 && r.attempt > a.attempts) return false;
	const modules = new Set(a.modules);
	if (questions.some((q) => !modules.has(q.module))) return false;
	if (a.questions.mode === 'pick') {
		const picked = new Set(a.questions.ids);
		if (questions.some((q) => !picked.has(q.id))) return false;
	}
	if (a.questions.mode === 'random') {
		const perModule = new Map<string, number>();
		for (const q of questions) perModule.set(q.module, (perModule.get(q.module) ?? 0) + 1);
		if ([...perModule.values()].some((count) => count > (a.questions as { perModule: number }).perModule)) return false;
	}
	return true;
}

/**
 * Reads a receipt file's text. Never throws. The errors, in the order they are checked:
 * - 'too-large': more than 1 MB;
 * - 'not-json': not JSON at all;
 * - 'not-a-receipt': JSON, but not a receipt of this site (or one damaged beyond reading);
 * - 'outdated': a receipt of a version this site does not read;
 * - 'inconsistent': a receipt whose figures contradict each other (a score that does not match the
 *   per-question scores, a question the assignment did not ask, an attempt beyond the limit…).
 */
export function parseReceipt(text: string): ParseReceiptResult {
	try {
		return parse(text);
	} catch {
		return { ok: false, error: 'not-a-receipt' };
	}
}

function parse(text: string): ParseReceiptResult {
	if (typeof text !== 'string') return { ok: false, error: 'not-json' };
	if (text.length > RECEIPT_LIMITS.fileBytes || utf8Length(text) > RECEIPT_LIMITS.fileBytes) {
		return { ok: false, error: 'too-large' };
	}
	let value: unknown;
	try {
		// a byte-order mark (added by some editors) is not part of the JSON
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, error: 'not-json' };
	}
	if (!isRecord(value) || value.format !== RECEIPT_FORMAT) return { ok: false, error: 'not-a-receipt' };
	if (value.v !== RECEIPT_VERSION && value.v !== 1) return { ok: false, error: 'outdated' };
	if (isRecord(value.assignment) && 'v' in value.assignment && value.assignment.v !== 1) {
		return { ok: false, error: 'outdated' };
	}
	let receipt: Receipt;
	if (value.v === 1) {
		const parsed = v.safeParse(receiptV1Schema, value);
		if (!parsed.success) return { ok: false, error: 'not-a-receipt' };
		receipt = fromV1(parsed.output as v.InferOutput<typeof receiptV1Schema>);
	} else {
		const parsed = v.safeParse(receiptSchema, value);
		if (!parsed.success) return { ok: false, error: 'not-a-receipt' };
		receipt = parsed.output as Receipt;
	}
	if (!consistent(receipt)) return { ok: false, error: 'inconsistent' };
	return { ok: true, receipt };
}
