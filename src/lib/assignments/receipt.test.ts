import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectQuestions } from './assignment';
import {
	buildReceipt,
	parseReceipt,
	RECEIPT_ERRORS,
	receiptFileName,
	serializeReceipt,
	type ParseReceiptResult,
	type Receipt,
	type ReceiptInput
} from './receipt';
import { answersTo, testAssignment, testQuizzes as quizzes } from './test-support/fixtures';

const assignment = testAssignment({
	id: 'k3j5h7g9f1',
	title: 'Jurisdiction and cyber',
	questions: { mode: 'random', perModule: 3 },
	passMark: 0.6,
	attempts: 2
});

const questionIds = selectQuestions(assignment, quizzes, 1234);
const rightAnswers = answersTo(questionIds, questionIds.length);

function input(overrides: Partial<ReceiptInput> = {}): ReceiptInput {
	return {
		assignment,
		student: { name: 'Ada Lovelace', class: '1re B' },
		attempt: 1,
		startedAt: '2025-03-02T10:00:00.000Z',
		finishedAt: '2025-03-02T10:20:00.000Z',
		quizzes,
		questionIds,
		answers: rightAnswers,
		...overrides
	};
}

function error(result: ParseReceiptResult): string | undefined {
	return result.ok ? undefined : result.error;
}

describe('buildReceipt', () => {
	it('grades every answer: all right', () => {
		const receipt = buildReceipt(input());
		expect(questionIds).toHaveLength(6);
		expect(receipt.questions.map((q) => q.id)).toEqual(questionIds);
		expect(receipt.questions.every((q) => q.correct && q.score === 1)).toBe(true);
		expect(receipt).toMatchObject({ earned: 6, total: 6, percent: 100, passed: true, format: 'icc-explainer-receipt', v: 2 });
	});

	it('counts unanswered questions as 0 and keeps null as their answer', () => {
		const half = Object.fromEntries(Object.entries(rightAnswers).slice(0, 3));
		const receipt = buildReceipt(input({ answers: half }));
		expect(receipt.earned).toBe(3);
		expect(receipt.percent).toBe(50);
		expect(receipt.passed).toBe(false);
		expect(receipt.questions.slice(3).every((q) => q.answer === null && q.score === 0 && !q.correct)).toBe(true);
	});

	it('passes at exactly the pass mark', () => {
		const some = Object.fromEntries(Object.entries(rightAnswers).slice(0, 4));
		expect(buildReceipt(input({ answers: some, assignment: { ...assignment, passMark: 4 / 6 } })).passed).toBe(true);
	});

	it('skips unknown and repeated ids, trims and cuts the name', () => {
		const receipt = buildReceipt(input({ questionIds: [...questionIds, 'nope', questionIds[0]], student: { name: `  ${'n'.repeat(100)} `, class: ' B ' } }));
		expect(receipt.total).toBe(6);
		expect(receipt.student.name).toHaveLength(80);
		expect(receipt.student.class).toBe('B');
	});

	it('keeps answers in the shape of their question type', () => {
		const id = questionIds[0];
		const receipt = buildReceipt(input({ answers: { [id]: { weird: ['object'] } } }));
		expect(parseReceipt(serializeReceipt(receipt)).ok).toBe(true);
	});

	it('names the file with safe characters only', () => {
		const receipt = buildReceipt(input({ student: { name: 'Élodie <img src=x> O’Brien', class: 'B' } }));
		expect(receiptFileName(receipt)).toBe('receipt-elodie-img-src-x-o-brien-k3j5h7g9f1-1.json');
		expect(receiptFileName(buildReceipt(input({ student: { name: '<<<', class: '' } })))).toBe('receipt-student-k3j5h7g9f1-1.json');
	});
});

describe('parseReceipt', () => {
	const receipt = buildReceipt(input({ answers: Object.fromEntries(Object.entries(rightAnswers).slice(0, 4)) }));
	const text = serializeReceipt(receipt);
	const edit = (change: (r: Receipt & Record<string, unknown>) => void) => {
		const copy = structuredClone(receipt) as Receipt & Record<string, unknown>;
		change(copy);
		return parseReceipt(JSON.stringify(copy));
	};

	it('round-trips a built receipt (also with a byte-order mark)', () => {
		expect(parseReceipt(text)).toEqual({ ok: true, receipt });
		expect(parseReceipt('\uFEFF' + text)).toEqual({ ok: true, receipt });
	});

	it.each([
		['{', 'not-json'],
		['', 'not-json'],
		['<script>alert(1)</script>', 'not-json'],
		['null', 'not-a-receipt'],
		['[]', 'not-a-receipt'],
		['"icc-explainer-receipt"', 'not-a-receipt'],
		['{"format":"something-else","v":1}', 'not-a-receipt'],
		['{"format":"icc-explainer-receipt","v":3}', 'outdated'],
		['{"format":"icc-explainer-receipt","v":0}', 'outdated'],
		['{"format":"icc-explainer-receipt","v":1}', 'not-a-receipt']
	])('%j → %s', (input, expected) => {
		expect(error(parseReceipt(input))).toBe(expected);
	});

	it('refuses files over 1 MB', () => {
		expect(error(parseReceipt(' '.repeat(1_000_001)))).toBe('too-large');
		expect(error(parseReceipt('é'.repeat(600_000)))).toBe('too-large');
	});

	it('says "outdated" for an assignment of another version inside', () => {
		expect(error(edit((r) => ((r.assignment as { v: number }).v = 2)))).toBe('outdated');
	});

	it('says "not-a-receipt" for a field out of its limits', () => {
		expect(error(edit((r) => (r.student.name = 'x'.repeat(81))))).toBe('not-a-receipt');
		expect(error(edit((r) => (r.questions[0].score = 2)))).toBe('not-a-receipt');
		expect(error(edit((r) => (r.startedAt = 'yesterday')))).toBe('not-a-receipt');
		expect(error(edit((r) => (r.extra = true)))).toBe('not-a-receipt');
		expect(error(edit((r) => (r.questions[0].type = 'essay' as never)))).toBe('not-a-receipt');
	});

	it.each<[string, (r: Receipt) => void]>([
		['a percent that does not match the scores', (r) => (r.percent = 100)],
		['earned points that do not match the scores', (r) => (r.earned = 6)],
		['a question marked right with a score under 1', (r) => (r.questions[5].correct = true)],
		['a score raised without the totals', (r) => (r.questions[5].score = 1)],
		['"passed" against the pass mark', (r) => (r.passed = !r.passed)],
		['a total that is not the number of questions', (r) => (r.total = 10)],
		['a question twice', (r) => (r.questions[1] = { ...r.questions[0] })],
		['finished before it started', (r) => (r.finishedAt = '2025-03-01T00:00:00.000Z')],
		['an attempt beyond the limit', (r) => (r.attempt = 3)],
		['a question of another module', (r) => (r.questions[0].module = '04-pressure')],
		['more questions per module than the draw', (r) => (r.assignment.questions = { mode: 'random', perModule: 2 })],
		['a question that was not picked', (r) => (r.assignment.questions = { mode: 'pick', ids: [r.questions[0].id] })]
	])('says "inconsistent" for %s', (_, change) => {
		expect(error(edit(change))).toBe('inconsistent');
	});

	it('keeps a hostile name as plain data, and does not pollute prototypes', () => {
		const hostile = edit((r) => (r.student.name = '<img src=x onerror=alert(1)>'));
		expect(hostile.ok && hostile.receipt.student.name).toBe('<img src=x onerror=alert(1)>');
		const polluted = parseReceipt(text.replace('{', '{"__proto__":{"polluted":true},'));
		expect(error(polluted)).toBe('not-a-receipt');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

// ——— Property-based fuzzing ———

const RUNS = 10_000;
// generous: the runs take a few seconds, more on a busy machine
const FUZZ_TIMEOUT = 120_000;

function isKnownResult(result: ParseReceiptResult): boolean {
	return result.ok || RECEIPT_ERRORS.includes(result.error);
}

const hostileStrings = fc.constantFrom(
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'"><svg onload=alert(1)>',
	'=HYPERLINK("http://evil","x")',
	'__proto__',
	'constructor',
	'\u0000\u202e\ufeff',
	'{"format":"icc-explainer-receipt"',
	'\ud800',
	'9'.repeat(400),
	'1e400',
	'-0'
);

describe('parseReceipt, fuzzed', () => {
	it(`never throws on arbitrary JSON-ish values and hostile strings (${RUNS} cases)`, () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.anything().map((value) => {
						try {
							return JSON.stringify(value) ?? 'undefined';
						} catch {
							return String(typeof value);
						}
					}),
					fc.jsonValue().map((value) => JSON.stringify(value)),
					fc.string({ unit: 'binary' }),
					hostileStrings,
					fc.jsonValue().map((value) => JSON.stringify({ format: 'icc-explainer-receipt', v: 1, ...(typeof value === 'object' && value !== null ? value : { value }) }))
				),
				(text) => {
					const result = parseReceipt(text);
					expect(isKnownResult(result)).toBe(true);
				}
			),
			{ numRuns: RUNS }
		);
	}, FUZZ_TIMEOUT);

	it(`never throws on a valid receipt with any field replaced by anything (${RUNS} cases)`, () => {
		const valid = buildReceipt(input({ answers: Object.fromEntries(Object.entries(rightAnswers).slice(0, 4)) }));
		const paths: (string | number)[][] = [
			['format'], ['v'], ['assignment'], ['assignment', 'id'], ['assignment', 'passMark'], ['assignment', 'questions'],
			['assignment', 'modules'], ['student'], ['student', 'name'], ['student', 'class'], ['attempt'], ['startedAt'],
			['finishedAt'], ['questions'], ['questions', 0], ['questions', 0, 'answer'], ['questions', 0, 'score'],
			['questions', 1, 'correct'], ['questions', 2, 'id'], ['questions', 3, 'type'], ['earned'], ['total'], ['percent'], ['passed']
		];
		fc.assert(
			fc.property(fc.constantFrom(...paths), fc.oneof(fc.jsonValue(), hostileStrings), (path, value) => {
				const copy = structuredClone(valid) as unknown as Record<string | number, unknown>;
				let target = copy;
				for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
				target[path.at(-1)!] = value;
				const result = parseReceipt(JSON.stringify(copy));
				expect(isKnownResult(result)).toBe(true);
				if (result.ok) expect(parseReceipt(serializeReceipt(result.receipt))).toEqual(result);
			}),
			{ numRuns: RUNS }
		);
	}, FUZZ_TIMEOUT);

	it('keeps a part called "prototype", "constructor" or "__proto__" (the fuzz test\'s counterexample of 7 Dec 2026)', () => {
		const answers = { 'j-crimes-match': JSON.parse('{"prototype":null,"constructor":"a","__proto__":"b"}') };
		const receipt = buildReceipt(input({ answers, student: { name: '', class: 'B' }, attempt: 1 }));
		expect(parseReceipt(serializeReceipt(receipt))).toEqual({ ok: true, receipt });
	});

	it(`round-trips receipts built from any answers (${RUNS / 10} cases)`, () => {
		fc.assert(
			fc.property(
				fc.dictionary(fc.constantFrom(...questionIds), fc.oneof(fc.jsonValue(), hostileStrings)),
				fc.string({ maxLength: 100 }),
				fc.integer({ min: 1, max: 2 }),
				(answers, name, attempt) => {
					const receipt = buildReceipt(input({ answers, student: { name, class: 'B' }, attempt }));
					expect(parseReceipt(serializeReceipt(receipt))).toEqual({ ok: true, receipt });
				}
			),
			{ numRuns: RUNS / 10 }
		);
	}, FUZZ_TIMEOUT);
});
