import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question, Quiz } from '$lib/quiz/types';
import {
	assignmentPath,
	base64urlToBytes,
	bytesToBase64url,
	DECODE_ERRORS,
	decodeAssignment,
	encodeAssignment,
	fnv1a32,
	isCalendarDate,
	isPastDue,
	newAssignmentId,
	questionCount,
	selectQuestions,
	validateAssignment,
	type Assignment,
	type DecodeResult
} from './assignment';

const known = {
	modules: ['01-jurisdiction', '02-cyber', '03-sanctions', '04-pressure'],
	questionIds: Array.from({ length: 40 }, (_, index) => `q${index + 1}`)
};

const base: Assignment = {
	v: 1,
	id: 'abc123xyz0',
	title: 'Révisions : la CPI',
	note: 'À faire avant jeudi ! « Bon courage »',
	lang: 'fr',
	modules: ['01-jurisdiction', '03-sanctions'],
	questions: { mode: 'random', perModule: 3 },
	passMark: 0.6,
	attempts: 2,
	reveal: 'end',
	due: '2025-03-14',
	createdAt: '2025-03-01T09:30:00.000Z'
};

/** A link with a correct checksum around any payload text, as someone who read the code could make. */
function forge(json: string, version = 1): string {
	const body = `v${version}.${bytesToBase64url(new TextEncoder().encode(json))}`;
	return `${body}.${fnv1a32(body).toString(16).padStart(8, '0')}`;
}

function error(result: DecodeResult): string | undefined {
	return result.ok ? undefined : result.error;
}

describe('encodeAssignment / decodeAssignment', () => {
	it('round-trips, with URL-safe characters only', () => {
		const text = encodeAssignment(base);
		expect(text).toMatch(/^v1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
		expect(decodeAssignment(text, known)).toEqual({ ok: true, assignment: base });
	});

	it('gives the same link for the same assignment whatever the order of its fields', () => {
		const shuffled = Object.fromEntries(Object.entries(base).reverse()) as Assignment;
		expect(encodeAssignment(shuffled)).toBe(encodeAssignment(base));
	});

	it('reads the fragment with its #, or a whole address, with spaces around', () => {
		const text = encodeAssignment(base);
		expect(decodeAssignment(`#${text}`, known).ok).toBe(true);
		expect(decodeAssignment(`  https://example.org/fr/assignment/#${text}\n`, known).ok).toBe(true);
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['#', 'empty'],
		['https://example.org/en/assignment/#', 'empty'],
		['hello', 'malformed'],
		['v1.abc', 'malformed'],
		['v1..', 'malformed'],
		['x1.abc.12345678', 'malformed'],
		['v.abc.12345678', 'malformed'],
		['v1.a.b.c', 'malformed'],
		['<script>alert(1)</script>', 'malformed'],
		['v2.eyJ2IjoyfQ.00000000', 'outdated'],
		['v0.eyJ2IjowfQ.00000000', 'outdated'],
		['v1.eyJ2IjoxfQ.00000000', 'tampered']
	])('%j → %s', (text, expected) => {
		expect(error(decodeAssignment(text, known))).toBe(expected);
	});

	it('says "malformed" for a link cut short', () => {
		const text = encodeAssignment(base);
		expect(error(decodeAssignment(text.slice(0, 40), known))).toBe('malformed');
		expect(error(decodeAssignment(text.slice(0, -3), known))).toBe('malformed');
	});

	it('says "tampered" when one character of the payload or of the checksum is changed', () => {
		const text = encodeAssignment(base);
		const at = 20;
		const changed = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
		expect(error(decodeAssignment(changed, known))).toBe('tampered');
		const last = text.at(-1) === '0' ? '1' : '0';
		expect(error(decodeAssignment(text.slice(0, -1) + last, known))).toBe('tampered');
		// no case folding of the checksum
		expect(error(decodeAssignment(text.replace(/\.([0-9a-f]{8})$/, (_, sum: string) => `.${sum.toUpperCase()}`), known))).toBe(
			/[a-f]/.test(text.slice(-8)) ? 'tampered' : undefined
		);
	});

	it('says "malformed" for a correctly checked payload that is not an assignment', () => {
		expect(error(decodeAssignment(forge('not json'), known))).toBe('malformed');
		expect(error(decodeAssignment(forge('[1,2]'), known))).toBe('malformed');
		expect(error(decodeAssignment(forge(JSON.stringify({ ...base, title: 'x'.repeat(121) })), known))).toBe('malformed');
		expect(error(decodeAssignment(forge(JSON.stringify({ ...base, note: 'x'.repeat(1001) })), known))).toBe('malformed');
		expect(error(decodeAssignment(forge(JSON.stringify({ ...base, passMark: 1.5 })), known))).toBe('malformed');
		expect(error(decodeAssignment(forge(JSON.stringify({ ...base, attempts: 11 })), known))).toBe('malformed');
		expect(error(decodeAssignment(forge(JSON.stringify({ ...base, due: '2025-02-30' })), known))).toBe('malformed');
		expect(error(decodeAssignment(forge(JSON.stringify({ ...base, extra: 1 })), known))).toBe('malformed');
		expect(error(decodeAssignment(forge(JSON.stringify({ ...base, modules: [] })), known))).toBe('malformed');
		// base64url with non-zero leftover bits: the same bytes as another text
		const text = encodeAssignment(base);
		expect(base64urlToBytes('QQ')).toEqual(new Uint8Array([65]));
		expect(base64urlToBytes('QR')).toBeUndefined();
		expect(text).toBeTruthy();
	});

	it('says "outdated" for an assignment of another version inside a current link', () => {
		expect(error(decodeAssignment(forge(JSON.stringify({ ...base, v: 2 })), known))).toBe('outdated');
		expect(error(decodeAssignment(forge(JSON.stringify(base), 3), known))).toBe('outdated');
	});

	it('says "unknown-content" for modules or questions the site no longer has', () => {
		const gone = { ...base, modules: ['05-gone'] };
		expect(error(decodeAssignment(encodeAssignment(gone), known))).toBe('unknown-content');
		const picked: Assignment = { ...base, questions: { mode: 'pick', ids: ['q1', 'q99'] } };
		expect(error(decodeAssignment(encodeAssignment(picked), known))).toBe('unknown-content');
		expect(decodeAssignment(encodeAssignment({ ...picked, questions: { mode: 'pick', ids: ['q1', 'q2'] } }), known).ok).toBe(true);
	});

	it('builds the student page path', () => {
		expect(assignmentPath('en', base)).toBe(`/en/assignment/#${encodeAssignment(base)}`);
	});
});

describe('validateAssignment', () => {
	it('accepts the limits and refuses beyond them', () => {
		expect(validateAssignment({ ...base, title: 'x'.repeat(120), note: 'y'.repeat(1000) })).toBeTruthy();
		expect(validateAssignment({ ...base, title: '   ' })).toBeUndefined();
		expect(validateAssignment({ ...base, id: 'ABC123XYZ0' })).toBeUndefined();
		expect(validateAssignment({ ...base, modules: ['01-jurisdiction', '01-jurisdiction'] })).toBeUndefined();
		expect(validateAssignment({ ...base, questions: { mode: 'pick', ids: [] } })).toBeUndefined();
		expect(validateAssignment({ ...base, questions: { mode: 'random', perModule: 0 } })).toBeUndefined();
		expect(validateAssignment({ ...base, attempts: 0, passMark: 0, due: null })).toBeTruthy();
	});

	it('checks calendar days', () => {
		expect(isCalendarDate('2024-02-29')).toBe(true);
		expect(isCalendarDate('2025-02-29')).toBe(false);
		expect(isCalendarDate('2025-13-01')).toBe(false);
		expect(isCalendarDate('25-01-01')).toBe(false);
	});

	it('makes ids of 10 base36 characters', () => {
		expect(newAssignmentId()).toMatch(/^[0-9a-z]{10}$/);
		expect(newAssignmentId(() => 0.999999)).toBe('zzzzzzzzzz');
		expect(new Set(Array.from({ length: 100 }, () => newAssignmentId())).size).toBe(100);
	});
});

describe('isPastDue', () => {
	it('is on time during the due day (device time) and late from the next day', () => {
		const a = { due: '2025-03-14' };
		expect(isPastDue(a, new Date(2025, 2, 14, 23, 59))).toBe(false);
		expect(isPastDue(a, new Date(2025, 2, 15, 0, 0))).toBe(true);
		expect(isPastDue(a, new Date(2024, 11, 31))).toBe(false);
		expect(isPastDue({ due: null }, new Date(2100, 0, 1))).toBe(false);
		expect(isPastDue(a, new Date(Number.NaN))).toBe(false);
	});
});

// ——— selectQuestions ———

function question(id: string): Question {
	return {
		type: 'truefalse',
		view: { id, type: 'truefalse', objectives: [], scenario: false, prompt: { fr: id, en: id }, hints: [] },
		key: {
			type: 'truefalse',
			answer: true,
			feedback: { true: { fr: '', en: '' }, false: { fr: '', en: '' } },
			explanation: { fr: '', en: '' },
			citations: []
		}
	};
}

function quiz(module: string, ids: string[]): Quiz {
	return { module, passMark: 0.7, questions: ids.map(question) };
}

const quizzes = [
	quiz('01-jurisdiction', ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']),
	quiz('02-cyber', ['b1', 'b2']),
	quiz('03-sanctions', ['c1', 'c2', 'c3', 'c4', 'c5'])
];

describe('selectQuestions', () => {
	it("'all': every question of the chosen modules, in module order, authored order", () => {
		const a: Assignment = { ...base, modules: ['03-sanctions', '02-cyber'], questions: { mode: 'all' } };
		expect(selectQuestions(a, quizzes, 1)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'b1', 'b2']);
	});

	it("'pick': the picked ids in the given order, leaving out ids of other modules", () => {
		const a: Assignment = { ...base, modules: ['01-jurisdiction', '02-cyber'], questions: { mode: 'pick', ids: ['b2', 'a3', 'c1', 'a1'] } };
		expect(selectQuestions(a, quizzes, 1)).toEqual(['b2', 'a3', 'a1']);
	});

	it("'random': N per module, deterministic per seed, in authored order", () => {
		const a: Assignment = { ...base, modules: ['01-jurisdiction', '02-cyber', '03-sanctions'], questions: { mode: 'random', perModule: 3 } };
		const drawn = selectQuestions(a, quizzes, 42);
		expect(drawn).toEqual(selectQuestions(a, quizzes, 42));
		expect(drawn.filter((id) => id.startsWith('a'))).toHaveLength(3);
		expect(drawn.filter((id) => id.startsWith('b'))).toEqual(['b1', 'b2']);
		expect(drawn.filter((id) => id.startsWith('c'))).toHaveLength(3);
		const a1 = drawn.filter((id) => id.startsWith('a'));
		expect(a1).toEqual([...a1].sort());
		expect(questionCount(a, quizzes)).toBe(8);
		const draws = new Set(Array.from({ length: 30 }, (_, seed) => selectQuestions(a, quizzes, seed).join()));
		expect(draws.size).toBeGreaterThan(5);
	});

	it('draws the same questions for a seed whatever other modules are chosen', () => {
		const one: Assignment = { ...base, modules: ['01-jurisdiction'], questions: { mode: 'random', perModule: 2 } };
		const two: Assignment = { ...one, modules: ['03-sanctions', '01-jurisdiction'] };
		expect(selectQuestions(two, quizzes, 7).filter((id) => id.startsWith('a'))).toEqual(selectQuestions(one, quizzes, 7));
	});

	it('gives nothing for a module without a quiz', () => {
		expect(selectQuestions({ ...base, modules: ['04-pressure'], questions: { mode: 'all' } }, quizzes, 1)).toEqual([]);
	});
});

// ——— Property-based fuzzing ———

const RUNS = 10_000;
// generous: the runs take a few seconds, more on a busy machine
const FUZZ_TIMEOUT = 120_000;
const idChars = [...'0123456789abcdefghijklmnopqrstuvwxyz'];
const codeUnits = (max: number) => fc.string({ unit: 'binary', maxLength: max }).filter((s) => s.length <= max);

const assignmentArb: fc.Arbitrary<Assignment> = fc.record({
	v: fc.constant(1 as const),
	id: fc.array(fc.constantFrom(...idChars), { minLength: 10, maxLength: 10 }).map((chars) => chars.join('')),
	title: codeUnits(120).filter((s) => s.trim() !== ''),
	note: codeUnits(1000),
	lang: fc.constantFrom('fr' as const, 'en' as const),
	modules: fc.uniqueArray(fc.constantFrom(...known.modules), { minLength: 1, maxLength: 4 }),
	questions: fc.oneof(
		fc.constant({ mode: 'all' as const }),
		fc.record({ mode: fc.constant('pick' as const), ids: fc.uniqueArray(fc.constantFrom(...known.questionIds), { minLength: 1, maxLength: 40 }) }),
		fc.record({ mode: fc.constant('random' as const), perModule: fc.integer({ min: 1, max: 50 }) })
	),
	passMark: fc.double({ min: 0, max: 1, noNaN: true }),
	attempts: fc.integer({ min: 0, max: 10 }),
	reveal: fc.constantFrom('each' as const, 'end' as const, 'never' as const),
	due: fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
	createdAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString())
});

function isKnownResult(result: DecodeResult): boolean {
	return result.ok ? validateAssignment(result.assignment) !== undefined : DECODE_ERRORS.includes(result.error);
}

describe('decodeAssignment, fuzzed', () => {
	it(`round-trips any valid assignment (${RUNS} cases)`, () => {
		fc.assert(
			fc.property(assignmentArb, (a) => {
				const text = encodeAssignment(a);
				expect(text).toMatch(/^v1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
				const result = decodeAssignment(text, known);
				expect(result).toEqual({ ok: true, assignment: a });
				expect(result.ok && Object.is(result.assignment.passMark, a.passMark)).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	}, FUZZ_TIMEOUT);

	it(`never throws on arbitrary strings and answers with a known code (${RUNS} cases)`, () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), fc.string({ unit: fc.constantFrom(...'v1.#-_aZ09 %') })), (text) => {
				expect(isKnownResult(decodeAssignment(text, known))).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	}, FUZZ_TIMEOUT);

	it(`detects any one changed character of a valid link (${RUNS} cases)`, () => {
		fc.assert(
			fc.property(assignmentArb, fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), (a, position, char) => {
				const text = encodeAssignment(a);
				const at = position % text.length;
				fc.pre(text[at] !== char);
				const changed = text.slice(0, at) + char + text.slice(at + 1);
				const result = decodeAssignment(changed, known);
				expect(isKnownResult(result)).toBe(true);
				expect(result.ok).toBe(false);
				// in the payload or the checksum, a character of the link's alphabet is "tampered"
				if (at >= 3 && /^[A-Za-z0-9_-]$/.test(char)) expect(error(result)).toBe('tampered');
			}),
			{ numRuns: RUNS }
		);
	}, FUZZ_TIMEOUT);

	it(`detects a character removed, added or swapped, or a link cut (${RUNS} cases)`, () => {
		fc.assert(
			fc.property(assignmentArb, fc.nat(), fc.constantFrom('delete', 'insert', 'swap', 'cut'), fc.constantFrom(...'Aa0-_.x'), (a, position, how, char) => {
				const text = encodeAssignment(a);
				const at = position % text.length;
				let changed: string;
				if (how === 'delete') changed = text.slice(0, at) + text.slice(at + 1);
				else if (how === 'insert') changed = text.slice(0, at) + char + text.slice(at);
				else if (how === 'cut') changed = text.slice(0, at);
				else {
					const next = (at + 1) % text.length;
					fc.pre(text[at] !== text[next] && next > at);
					changed = text.slice(0, at) + text[next] + text[at] + text.slice(next + 1);
				}
				const result = decodeAssignment(changed, known);
				expect(isKnownResult(result)).toBe(true);
				expect(result.ok).toBe(false);
			}),
			{ numRuns: RUNS }
		);
	}, FUZZ_TIMEOUT);

	it(`never throws on any JSON behind a correct checksum (${RUNS} cases)`, () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.jsonValue().map((value) => JSON.stringify(value)),
					// near-assignments: one field replaced by anything
					fc.tuple(assignmentArb, fc.constantFrom(...Object.keys(base)), fc.jsonValue()).map(([a, key, value]) =>
						JSON.stringify({ ...a, [key]: value })
					),
					fc.string()
				),
				(json) => {
					expect(isKnownResult(decodeAssignment(forge(json), known))).toBe(true);
				}
			),
			{ numRuns: RUNS }
		);
	}, FUZZ_TIMEOUT);
});
