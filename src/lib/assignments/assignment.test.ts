import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '$lib/content';
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
import { testAssignment } from './test-support/fixtures';

const known = {
	modules: ['01-jurisdiction', '02-cyber', '03-sanctions', '04-pressure'],
	questionIds: Array.from({ length: 40 }, (_, index) => `q${index + 1}`)
};

const base = testAssignment({
	id: 'abc123xyz0',
	title: 'Révisions : la CPI',
	note: 'À faire avant jeudi ! « Bon courage »',
	lang: 'fr',
	modules: ['01-jurisdiction', '03-sanctions'],
	questions: { mode: 'random', perModule: 3 },
	passMark: 0.6,
	attempts: 2,
	retries: false,
	due: '2025-03-14',
	createdAt: '2025-03-01T09:30:00.000Z'
});

/** A v1 link with a correct checksum around any payload text, as someone who read the code could make. */
function forge(json: string, version = 1): string {
	const body = `v${version}.${bytesToBase64url(new TextEncoder().encode(json))}`;
	return `${body}.${fnv1a32(body).toString(16).padStart(8, '0')}`;
}

/** The same for a v2 link: any bytes, with the 32-bit checksum in 6 base64url characters. */
function forgeV2(bytes: ArrayLike<number>): string {
	const body = `v2.${bytesToBase64url(Uint8Array.from(bytes))}`;
	let hash = fnv1a32(body);
	let sum = '';
	for (let index = 0; index < 6; index++) {
		sum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[hash % 64] + sum;
		hash = Math.floor(hash / 64);
	}
	return `${body}.${sum}`;
}

/** The packed bytes of a v2 link. */
function bytesOf(link: string): number[] {
	return [...base64urlToBytes(link.split('.')[1])!];
}

const V2_LINK = /^v2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/;

function error(result: DecodeResult): string | undefined {
	return result.ok ? undefined : result.error;
}

describe('encodeAssignment / decodeAssignment', () => {
	it('round-trips, with URL-safe characters only', () => {
		const text = encodeAssignment(base);
		expect(text).toMatch(V2_LINK);
		expect(decodeAssignment(text, known)).toEqual({ ok: true, assignment: base });
	});

	it('carries whether retries are allowed', () => {
		const each: Assignment = { ...base, reveal: 'each', retries: false };
		const allowed: Assignment = { ...each, retries: true };
		expect(encodeAssignment(allowed)).not.toBe(encodeAssignment(each));
		expect(decodeAssignment(encodeAssignment(each), known)).toEqual({ ok: true, assignment: each });
		expect(decodeAssignment(encodeAssignment(allowed), known)).toEqual({ ok: true, assignment: allowed });
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
		// a v2 link has a checksum of 6 characters: 8 is a v1 checksum on a v2 link, or a cut one
		['v2.eyJ2IjoyfQ.00000000', 'malformed'],
		['v2.AAAA.AAAA', 'malformed'],
		['v3.eyJ2IjozfQ.000000', 'outdated'],
		['v0.eyJ2IjowfQ.00000000', 'outdated'],
		['v1.eyJ2IjoxfQ.00000000', 'tampered'],
		['v2.AAAAAAAAAAAAAAAA.AAAAAA', 'tampered']
	])('%j → %s', (text, expected) => {
		expect(error(decodeAssignment(text, known))).toBe(expected);
	});

	it('says "malformed" for a link cut short', () => {
		const text = encodeAssignment(base);
		expect(error(decodeAssignment(text.slice(0, 40), known))).toBe('malformed');
		expect(error(decodeAssignment(text.slice(0, -3), known))).toBe('malformed');
		expect(error(decodeAssignment(text.slice(0, -1), known))).toBe('malformed');
	});

	it('says "tampered" when one character of the payload or of the checksum is changed', () => {
		const text = encodeAssignment(base);
		const at = 20;
		const changed = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
		expect(error(decodeAssignment(changed, known))).toBe('tampered');
		const last = text.at(-1) === '0' ? '1' : '0';
		expect(error(decodeAssignment(text.slice(0, -1) + last, known))).toBe('tampered');
		// no case folding of the checksum
		const swapCase = (char: string) => (char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase());
		const folded = text.replace(/\.([A-Za-z0-9_-]{6})$/, (_, sum: string) => `.${[...sum].map(swapCase).join('')}`);
		expect(error(decodeAssignment(folded, known))).toBe(/[A-Za-z]/.test(text.slice(-6)) ? 'tampered' : undefined);
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

	it('says "malformed" for correctly checked v2 bytes that are not an assignment', () => {
		const good = bytesOf(encodeAssignment(base));
		expect(decodeAssignment(forgeV2(good), known).ok).toBe(true);
		expect(error(decodeAssignment(forgeV2([]), known))).toBe('malformed');
		// cut anywhere before the title's last byte (what follows the title is the note, so a shorter
		// note is still an assignment)
		const noteBytes = new TextEncoder().encode(base.note).length;
		for (let end = 0; end < good.length - noteBytes; end++) {
			expect(error(decodeAssignment(forgeV2(good.slice(0, end)), known)), `cut at ${end}`).toBe('malformed');
		}
		// reveal and question mode 3 do not exist
		expect(error(decodeAssignment(forgeV2([good[0] | 0b110, ...good.slice(1)]), known))).toBe('malformed');
		expect(error(decodeAssignment(forgeV2([good[0] | 0b11000, ...good.slice(1)]), known))).toBe('malformed');
		// attempts 11; an id beyond 10 base36 digits
		expect(error(decodeAssignment(forgeV2([good[0], 11, ...good.slice(2)]), known))).toBe('malformed');
		expect(error(decodeAssignment(forgeV2([...good.slice(0, 2), 255, 255, 255, 255, 255, 255, 255, ...good.slice(9)]), known))).toBe('malformed');
		// a pass mark byte of 101: neither a percentage nor the float marker
		expect(error(decodeAssignment(forgeV2([...good.slice(0, 9), 101, ...good.slice(10)]), known))).toBe('malformed');
		// the pass mark 0.6 written as a float64 instead of 60: the same assignment, another spelling
		const float = new DataView(new ArrayBuffer(8));
		float.setFloat64(0, 0.6);
		expect(good[9]).toBe(60);
		expect(error(decodeAssignment(forgeV2([...good.slice(0, 9), 255, ...new Uint8Array(float.buffer), ...good.slice(10)]), known))).toBe('malformed');
		// a note that is not UTF-8
		expect(error(decodeAssignment(forgeV2([...good, 0xff]), known))).toBe('malformed');
		expect(error(decodeAssignment(forgeV2([...good, 0xc3]), known))).toBe('malformed');
	});

	it('keeps every field, whatever its value: lone surrogates, a pass mark of any precision, a full timestamp', () => {
		const odd: Assignment = {
			...base,
			title: 'a\ud800b\udc00 😀',
			note: '\udbff',
			passMark: 2 / 3,
			createdAt: '2025-03-01T09:30:00+02:00',
			due: '0100-01-01',
			questions: { mode: 'pick', ids: ['q1', 'q40'] }
		};
		expect(decodeAssignment(encodeAssignment(odd), known)).toEqual({ ok: true, assignment: odd });
		const negativeZero = decodeAssignment(encodeAssignment({ ...base, passMark: -0 }), known);
		expect(negativeZero.ok && Object.is(negativeZero.assignment.passMark, -0)).toBe(true);
	});

	it('says "outdated" for an assignment of another version inside a v1 link', () => {
		expect(error(decodeAssignment(forge(JSON.stringify({ ...base, v: 2 })), known))).toBe('outdated');
		expect(error(decodeAssignment(forge(JSON.stringify(base), 3), known))).toBe('outdated');
	});

	it('says "unknown-content" for modules or questions the site no longer has', () => {
		const gone = { ...base, modules: ['05-gone'] };
		expect(error(decodeAssignment(encodeAssignment(gone), known))).toBe('unknown-content');
		// a v2 link names a module by its number and a byte of its slug's hash: a module renamed or
		// renumbered since is not taken for another one
		expect(error(decodeAssignment(encodeAssignment({ ...base, modules: ['01-renamed'] }), known))).toBe('unknown-content');
		const renumbered = { ...known, modules: ['01-cyber', '02-jurisdiction'] };
		expect(error(decodeAssignment(encodeAssignment({ ...base, modules: ['01-jurisdiction'] }), renumbered))).toBe('unknown-content');
		// a slug without a number travels whole
		const other = { ...known, modules: [...known.modules, 'annex'] };
		expect(decodeAssignment(encodeAssignment({ ...base, modules: ['annex'] }), other)).toEqual({ ok: true, assignment: { ...base, modules: ['annex'] } });
		expect(error(decodeAssignment(encodeAssignment({ ...base, modules: ['annex'] }), known))).toBe('unknown-content');
		const picked: Assignment = { ...base, questions: { mode: 'pick', ids: ['q1', 'q99'] } };
		expect(error(decodeAssignment(encodeAssignment(picked), known))).toBe('unknown-content');
		expect(decodeAssignment(encodeAssignment({ ...picked, questions: { mode: 'pick', ids: ['q1', 'q2'] } }), known).ok).toBe(true);
	});

	it('builds the student page path', () => {
		expect(assignmentPath('en', base)).toBe(`/en/assignment/#${encodeAssignment(base)}`);
	});
});

// ——— v1 links, already in students' hands ———

// Made by the v1 encoder (before retries existed): this link must keep opening the same assignment.
const V1_LINK =
	'v1.eyJ2IjoxLCJpZCI6ImszajVoN2c5ZjEiLCJ0aXRsZSI6IlLDqXZpc2lvbnMgOiBsYSBDUEkiLCJub3RlIjoiw4AgZmFpcmUgYXZhbnQgamV1ZGkgISIsImxhbmciOiJmciIsIm1vZHVsZXMiOlsiMDEtanVyaXNkaWN0aW9uIiwiMDMtc2FuY3Rpb25zIl0sInF1ZXN0aW9ucyI6eyJtb2RlIjoicmFuZG9tIiwicGVyTW9kdWxlIjozfSwicGFzc01hcmsiOjAuNiwiYXR0ZW1wdHMiOjIsInJldmVhbCI6ImVhY2giLCJkdWUiOiIyMDI1LTAzLTE0IiwiY3JlYXRlZEF0IjoiMjAyNS0wMy0wMVQwOTozMDowMC4wMDBaIn0.2eb6dea6';

/** An assignment as v1 wrote it: without `retries`. */
function withoutRetries(a: Assignment): Omit<Assignment, 'retries'> {
	const { retries, ...rest } = a;
	void retries;
	return rest;
}

describe('v1 links', () => {
	it('still open, with retries allowed (the behaviour when they were made)', () => {
		expect(decodeAssignment(V1_LINK, known)).toEqual({
			ok: true,
			assignment: {
				v: 1,
				id: 'k3j5h7g9f1',
				title: 'Révisions : la CPI',
				note: 'À faire avant jeudi !',
				lang: 'fr',
				modules: ['01-jurisdiction', '03-sanctions'],
				questions: { mode: 'random', perModule: 3 },
				passMark: 0.6,
				attempts: 2,
				reveal: 'each',
				retries: true,
				due: '2025-03-14',
				createdAt: '2025-03-01T09:30:00.000Z'
			}
		});
		// still checked: one character changed, or cut
		expect(error(decodeAssignment(V1_LINK.replace('eyJ2', 'eyJ3'), known))).toBe('tampered');
		expect(error(decodeAssignment(V1_LINK.slice(0, -2), known))).toBe('malformed');
	});

	it('re-encode (as v2) to a link of the same assignment, and compare equal with receipts made before retries', () => {
		const decoded = decodeAssignment(V1_LINK, known);
		if (!decoded.ok) throw new Error('v1 link not read');
		const again = encodeAssignment(decoded.assignment);
		expect(again).toMatch(V2_LINK);
		expect(decodeAssignment(again, known)).toEqual(decoded);
		expect(encodeAssignment(decoded.assignment)).toBe(again);
		// a receipt made before `retries` embeds the assignment without it: read, it compares equal
		const embedded = JSON.parse(JSON.stringify(withoutRetries(decoded.assignment))) as unknown;
		expect(embedded).not.toHaveProperty('retries');
		expect(encodeAssignment(validateAssignment(embedded)!)).toBe(again);
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

	it('reads an assignment written before `retries` as allowing them, and refuses a retries that is not a boolean', () => {
		expect(validateAssignment(withoutRetries(base))).toEqual({ ...base, retries: true });
		expect(validateAssignment({ ...base, retries: false })).toEqual(base);
		expect(validateAssignment({ ...base, retries: 'no' })).toBeUndefined();
		expect(validateAssignment({ ...base, retries: null })).toBeUndefined();
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
	retries: fc.boolean(),
	due: fc.option(fc.date({ min: new Date('0100-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
	// a day at midnight UTC, as the builder writes it, or any timestamp, as v1 links carry
	createdAt: fc.oneof(
		fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => `${d.toISOString().slice(0, 10)}T00:00:00.000Z`),
		fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString())
	)
});

function isKnownResult(result: DecodeResult): boolean {
	return result.ok ? validateAssignment(result.assignment) !== undefined : DECODE_ERRORS.includes(result.error);
}

describe('decodeAssignment, fuzzed', () => {
	it(`round-trips any valid assignment (${RUNS} cases)`, () => {
		fc.assert(
			fc.property(assignmentArb, (a) => {
				const text = encodeAssignment(a);
				expect(text).toMatch(V2_LINK);
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
				// in the payload or the checksum (not the dot between them), a character of the link's alphabet is "tampered"
				if (at >= 3 && text[at] !== '.' && /^[A-Za-z0-9_-]$/.test(char)) expect(error(result)).toBe('tampered');
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
				else if (how === 'insert') {
					// a dot before the link is punctuation around it, not a change to it (pasted-link.test.ts)
					fc.pre(!(at === 0 && char === '.'));
					changed = text.slice(0, at) + char + text.slice(at);
				}
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

	it(`reads any v1 link as v1 wrote it, and re-encodes it to a link of the same assignment (${RUNS} cases)`, () => {
		fc.assert(
			fc.property(assignmentArb, (a) => {
				const result = decodeAssignment(forge(JSON.stringify(withoutRetries(a))), known);
				expect(result).toEqual({ ok: true, assignment: { ...a, retries: true } });
				if (!result.ok) return;
				const again = encodeAssignment(result.assignment);
				expect(decodeAssignment(again, known)).toEqual(result);
				expect(encodeAssignment(validateAssignment(withoutRetries(a))!)).toBe(again);
			}),
			{ numRuns: RUNS }
		);
	}, FUZZ_TIMEOUT);

	it(`never throws on any bytes behind a correct v2 checksum (${RUNS} cases)`, () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.uint8Array({ maxLength: 200 }),
					// near-links: a valid one with one byte changed, or cut, or lengthened
					fc.tuple(assignmentArb, fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'cut', 'add')).map(([a, at, byte, how]) => {
						const bytes = bytesOf(encodeAssignment(a));
						const i = at % bytes.length;
						if (how === 'cut') return Uint8Array.from(bytes.slice(0, i));
						if (how === 'add') return Uint8Array.from([...bytes.slice(0, i), byte, ...bytes.slice(i)]);
						bytes[i] = byte;
						return Uint8Array.from(bytes);
					})
				),
				(bytes) => {
					const result = decodeAssignment(forgeV2(bytes), known);
					expect(isKnownResult(result)).toBe(true);
					// whatever it read is a link this site would write
					if (result.ok) expect(encodeAssignment(result.assignment)).toBe(forgeV2(bytes));
				}
			),
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

// ——— Short enough to type ———

// The site's modules, as the teacher page offers them.
const lessonSlugs = content.modules.map((module) => module.slug);

// What teachers type in French and English titles: letters with and without accents, digits,
// spaces and punctuation (an accented letter takes 2 bytes, more than the others).
const titleChars = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 éèêëàâîïôöùûüçÉÈÀÇœŒæ’«»:;,.!?()-–\'"'];

/** A realistic assignment without a note, as the builder makes it. */
const realisticArb: fc.Arbitrary<Assignment> = fc.record({
	v: fc.constant(1 as const),
	id: fc.array(fc.constantFrom(...idChars), { minLength: 10, maxLength: 10 }).map((chars) => chars.join('')),
	// size 'max': every length up to 30 (fast-check draws short strings by default)
	title: fc.string({ unit: fc.constantFrom(...titleChars), minLength: 1, maxLength: 30, size: 'max' }).filter((s) => s.trim() !== ''),
	note: fc.constant(''),
	lang: fc.constantFrom('fr' as const, 'en' as const),
	modules: fc.uniqueArray(fc.constantFrom(...lessonSlugs), { minLength: 2, maxLength: 4 }),
	questions: fc.oneof(fc.constant({ mode: 'all' as const }), fc.record({ mode: fc.constant('random' as const), perModule: fc.integer({ min: 1, max: 50 }) })),
	passMark: fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100),
	attempts: fc.integer({ min: 0, max: 10 }),
	reveal: fc.constantFrom('each' as const, 'end' as const, 'never' as const),
	retries: fc.boolean(),
	due: fc.option(fc.date({ min: new Date('2024-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
	createdAt: fc.date({ min: new Date('2024-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => `${d.toISOString().slice(0, 10)}T00:00:00.000Z`)
});

describe('link length', () => {
	it('reads the four modules of the site', () => {
		expect(lessonSlugs).toEqual(['01-jurisdiction', '02-cyber', '03-sanctions', '04-pressure']);
	});

	// A student types what follows the host from the projected sheet: /fr/assignment/#v2.…
	it(`keeps the path of a realistic assignment without a note within 150 characters (${RUNS} cases)`, () => {
		const siteKnown = { modules: lessonSlugs, questionIds: [] };
		fc.assert(
			fc.property(realisticArb, (a) => {
				const path = assignmentPath(a.lang, a);
				expect(path.length).toBeLessThanOrEqual(150);
				expect(decodeAssignment(path, siteKnown)).toEqual({ ok: true, assignment: a });
			}),
			{ numRuns: RUNS }
		);
	}, FUZZ_TIMEOUT);

	it('keeps the longest case within 150 characters: 30 accented letters, four modules, every field set', () => {
		const longest: Assignment = {
			...base,
			title: 'é'.repeat(30),
			note: '',
			modules: [...lessonSlugs].reverse(),
			questions: { mode: 'random', perModule: 50 },
			passMark: 0.99,
			attempts: 10,
			reveal: 'each',
			retries: true,
			due: '2040-12-31',
			createdAt: '2040-12-31T00:00:00.000Z'
		};
		expect(assignmentPath('fr', longest).length).toBeLessThanOrEqual(150);
		// and a usual one is far shorter than v1 (416–497 characters)
		expect(assignmentPath('fr', { ...longest, title: 'Révision : compétence et cyber' }).length).toBeLessThanOrEqual(110);
	});
});
