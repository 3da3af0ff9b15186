// An assignment: what a teacher asks a class to do (modules, which questions, pass mark, attempts,
// when answers are shown, due date, title, note). The site has no server and no accounts, so the
// whole assignment travels in the link the teacher shares, after the `#` (the fragment is never
// sent to any server, not even to the one hosting the site).
//
// Pure TypeScript (no Svelte, no DOM), with relative imports only, so that Node scripts and the
// Playwright tests can import it too.
import * as v from 'valibot';
import { deriveSeed, shuffle } from '../quiz/shuffle';
import type { Quiz } from '../quiz/types';

export type AssignmentLang = 'fr' | 'en';
export type RevealPolicy = 'each' | 'end' | 'never';
export type QuestionSelection = { mode: 'all' } | { mode: 'pick'; ids: string[] } | { mode: 'random'; perModule: number };

export type Assignment = {
	v: 1;
	/** 10 random base36 characters: receipts are grouped by it */
	id: string;
	title: string;
	note: string;
	/** the students' language: the link opens /<lang>/assignment/ */
	lang: AssignmentLang;
	/** module slugs, in the order the students take them */
	modules: string[];
	questions: QuestionSelection;
	/** share of the total needed to pass, in [0, 1] */
	passMark: number;
	/** 0 = unlimited, else 1..10 */
	attempts: number;
	/** when answers are shown: after each question, after submitting, or never (score only) */
	reveal: RevealPolicy;
	/** last day to hand it in (YYYY-MM-DD, the student's local day), or null */
	due: string | null;
	/** ISO timestamp */
	createdAt: string;
};

export const ASSIGNMENT_VERSION = 1;

export const ASSIGNMENT_LIMITS = {
	title: 120,
	note: 1000,
	modules: 20,
	pickedIds: 200,
	perModule: 50,
	attempts: 10
} as const;

// ——— Schema ———

const slugPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
const questionIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2025-02-30 is refused). */
export function isCalendarDate(text: string): boolean {
	const match = datePattern.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO 8601 date-time as Date.prototype.toISOString writes it (or with an offset). */
export function isTimestamp(text: string): boolean {
	return (
		text.length <= 40 &&
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(text) &&
		Number.isFinite(Date.parse(text))
	);
}

function unique(values: string[]): boolean {
	return new Set(values).size === values.length;
}

const selectionSchema = v.variant('mode', [
	v.strictObject({ mode: v.literal('all') }),
	v.strictObject({
		mode: v.literal('pick'),
		ids: v.pipe(
			v.array(v.pipe(v.string(), v.regex(questionIdPattern))),
			v.minLength(1),
			v.maxLength(ASSIGNMENT_LIMITS.pickedIds),
			v.check(unique, 'question ids must be unique')
		)
	}),
	v.strictObject({
		mode: v.literal('random'),
		perModule: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(ASSIGNMENT_LIMITS.perModule))
	})
]);

export const assignmentSchema = v.strictObject({
	v: v.literal(ASSIGNMENT_VERSION),
	id: v.pipe(v.string(), v.regex(/^[0-9a-z]{10}$/)),
	title: v.pipe(
		v.string(),
		v.maxLength(ASSIGNMENT_LIMITS.title),
		v.check((title) => title.trim() !== '', 'a title is needed')
	),
	note: v.pipe(v.string(), v.maxLength(ASSIGNMENT_LIMITS.note)),
	lang: v.picklist(['fr', 'en']),
	modules: v.pipe(
		v.array(v.pipe(v.string(), v.regex(slugPattern))),
		v.minLength(1),
		v.maxLength(ASSIGNMENT_LIMITS.modules),
		v.check(unique, 'modules must be unique')
	),
	questions: selectionSchema,
	passMark: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1)),
	attempts: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(ASSIGNMENT_LIMITS.attempts)),
	reveal: v.picklist(['each', 'end', 'never']),
	due: v.nullable(v.pipe(v.string(), v.check(isCalendarDate, 'due is a day written YYYY-MM-DD'))),
	createdAt: v.pipe(v.string(), v.check(isTimestamp, 'createdAt is an ISO timestamp'))
});

// The schema's output type must be exactly the declared type (checked by the compiler).
type SchemaOutput = v.InferOutput<typeof assignmentSchema>;
const _sameShape: [SchemaOutput, Assignment] extends [Assignment, SchemaOutput] ? true : never = true;
void _sameShape;

/** The assignment, or undefined when it breaks a rule of the schema. Never throws. */
export function validateAssignment(value: unknown): Assignment | undefined {
	const result = v.safeParse(assignmentSchema, value);
	return result.success ? result.output : undefined;
}

// ——— Ids ———

/** 10 random base36 characters, from the platform's cryptographic generator when there is one. */
export function newAssignmentId(random: () => number = cryptoRandom): string {
	let id = '';
	for (let index = 0; index < 10; index++) id += Math.floor(random() * 36).toString(36);
	return id;
}

function cryptoRandom(): number {
	const buffer = new Uint32Array(1);
	if (globalThis.crypto?.getRandomValues) {
		globalThis.crypto.getRandomValues(buffer);
		return buffer[0] / 4294967296;
	}
	return Math.random();
}

// ——— Link encoding ———
//
// A link is  v<version>.<payload>.<checksum>
//   payload  = base64url (no padding) of the UTF-8 bytes of the assignment's JSON
//   checksum = FNV-1a (32 bits) of "v<version>.<payload>", 8 lower-case hex digits
//
// The checksum detects a link changed by accident (cut, mistyped, mangled by a messaging app) or by
// hand (a student editing the pass mark): changing any one character of the payload always changes
// an FNV-1a hash. It is NOT a signature: anyone who reads this file can compute the checksum of a
// link they wrote themselves. Nothing secret is involved, and nothing here proves who made a link.

/** FNV-1a over UTF-16 code units (the link is ASCII, so these are its bytes). */
export function fnv1a32(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

function checksum(text: string): string {
	return fnv1a32(text).toString(16).padStart(8, '0');
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_VALUE = new Map([...BASE64URL].map((char, index) => [char, index]));

export function bytesToBase64url(bytes: Uint8Array): string {
	let out = '';
	for (let index = 0; index < bytes.length; index += 3) {
		const a = bytes[index];
		const b = index + 1 < bytes.length ? bytes[index + 1] : 0;
		const c = index + 2 < bytes.length ? bytes[index + 2] : 0;
		const triple = (a << 16) | (b << 8) | c;
		out += BASE64URL[(triple >> 18) & 63] + BASE64URL[(triple >> 12) & 63];
		if (index + 1 < bytes.length) out += BASE64URL[(triple >> 6) & 63];
		if (index + 2 < bytes.length) out += BASE64URL[triple & 63];
	}
	return out;
}

/** The bytes, or undefined for anything but canonical unpadded base64url. */
export function base64urlToBytes(text: string): Uint8Array | undefined {
	if (text.length % 4 === 1) return undefined;
	const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let buffer = 0;
	let at = 0;
	for (const char of text) {
		const value = BASE64URL_VALUE.get(char);
		if (value === undefined) return undefined;
		buffer = (buffer << 6) | value;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[at++] = (buffer >> bits) & 0xff;
		}
		buffer &= (1 << bits) - 1;
	}
	// leftover bits must be zero, or two texts would decode to the same bytes
	if (buffer !== 0) return undefined;
	return bytes;
}

/** The fields in a fixed order, so that the same assignment always gives the same link. */
function canonical(a: Assignment): Assignment {
	const questions: QuestionSelection =
		a.questions.mode === 'all'
			? { mode: 'all' }
			: a.questions.mode === 'pick'
				? { mode: 'pick', ids: [...a.questions.ids] }
				: { mode: 'random', perModule: a.questions.perModule };
	return {
		v: a.v,
		id: a.id,
		title: a.title,
		note: a.note,
		lang: a.lang,
		modules: [...a.modules],
		questions,
		passMark: a.passMark,
		attempts: a.attempts,
		reveal: a.reveal,
		due: a.due,
		createdAt: a.createdAt
	};
}

/** The text that goes after `#` in the link: URL-safe (letters, digits, - _ .), versioned, checked. */
export function encodeAssignment(a: Assignment): string {
	const json = JSON.stringify(canonical(a));
	const body = `v${ASSIGNMENT_VERSION}.${bytesToBase64url(new TextEncoder().encode(json))}`;
	return `${body}.${checksum(body)}`;
}

export type DecodeError = 'empty' | 'malformed' | 'tampered' | 'outdated' | 'unknown-content';
export const DECODE_ERRORS: readonly DecodeError[] = ['empty', 'malformed', 'tampered', 'outdated', 'unknown-content'];

export type DecodeResult = { ok: true; assignment: Assignment } | { ok: false; error: DecodeError };

/** What the site holds now: a link naming anything else is 'unknown-content'. */
export type KnownContent = { modules: string[]; questionIds: string[] };

/** Versions of the link this site reads. */
const READABLE_VERSIONS = new Set([ASSIGNMENT_VERSION]);

/**
 * Reads a link's fragment: the encoded text alone, with its `#`, or a whole address (what follows
 * the first `#` is read). Never throws. The errors, in the order they are checked:
 * - 'empty': nothing to read;
 * - 'malformed': not shaped like a link of this site (cut, pasted badly), or its content does not
 *   make an assignment;
 * - 'outdated': a version of the link this site does not read;
 * - 'tampered': the checksum does not match (a character was changed);
 * - 'unknown-content': modules or question ids that the site no longer has.
 */
export function decodeAssignment(text: string, known: KnownContent): DecodeResult {
	try {
		return decode(text, known);
	} catch {
		// nothing above is expected to throw; a link must never crash the page
		return { ok: false, error: 'malformed' };
	}
}

function decode(text: string, known: KnownContent): DecodeResult {
	if (typeof text !== 'string') return { ok: false, error: 'empty' };
	let token = text;
	const hash = token.indexOf('#');
	if (hash !== -1) token = token.slice(hash + 1);
	token = token.trim();
	if (token === '') return { ok: false, error: 'empty' };

	const parts = token.split('.');
	if (parts.length !== 3) return { ok: false, error: 'malformed' };
	const [prefix, payload, sum] = parts;
	const version = /^v(\d{1,6})$/.exec(prefix);
	if (!version) return { ok: false, error: 'malformed' };
	if (!READABLE_VERSIONS.has(Number(version[1]))) return { ok: false, error: 'outdated' };
	// a checksum of another length: the link was cut short
	if (sum.length !== 8) return { ok: false, error: 'malformed' };
	// compared exactly (no case folding): any changed character of payload or checksum shows here
	if (checksum(`${prefix}.${payload}`) !== sum) return { ok: false, error: 'tampered' };

	const bytes = base64urlToBytes(payload);
	if (!bytes) return { ok: false, error: 'malformed' };
	let value: unknown;
	try {
		value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return { ok: false, error: 'malformed' };
	}
	if (typeof value === 'object' && value !== null && 'v' in value && value.v !== ASSIGNMENT_VERSION) {
		return { ok: false, error: 'outdated' };
	}
	const assignment = validateAssignment(value);
	if (!assignment) return { ok: false, error: 'malformed' };

	const modules = new Set(known.modules);
	const questionIds = new Set(known.questionIds);
	if (!assignment.modules.every((module) => modules.has(module))) return { ok: false, error: 'unknown-content' };
	if (assignment.questions.mode === 'pick' && !assignment.questions.ids.every((id) => questionIds.has(id))) {
		return { ok: false, error: 'unknown-content' };
	}
	return { ok: true, assignment };
}

/** The page a student opens: `/<lang>/assignment/#<encoded>` (prefix it with the site's origin). */
export function assignmentPath(lang: AssignmentLang, a: Assignment): string {
	return `/${lang}/assignment/#${encodeAssignment(a)}`;
}

function localDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** True once the due day is over, in the time zone of the device (the due day itself is on time). */
export function isPastDue(a: Pick<Assignment, 'due'>, now: Date): boolean {
	if (a.due === null || Number.isNaN(now.getTime())) return false;
	return localDay(now) > a.due;
}

/**
 * The question ids a student answers, in order:
 * - 'all': every question of the chosen modules, module by module, in the authored order;
 * - 'pick': the picked ids in the order given (ids not found in the chosen modules are left out);
 * - 'random': per module, `perModule` questions drawn with the seeded shuffle (the same seed always
 *   draws the same ones), shown module by module in the authored order.
 * Modules without a quiz in `quizzes` give nothing.
 */
export function selectQuestions(a: Assignment, quizzes: Quiz[], seed: number): string[] {
	const byModule = new Map(quizzes.map((quiz) => [quiz.module, quiz.questions.map((q) => q.view.id)]));
	const selection = a.questions;
	switch (selection.mode) {
		case 'all':
			return a.modules.flatMap((module) => byModule.get(module) ?? []);
		case 'pick': {
			const available = new Set(a.modules.flatMap((module) => byModule.get(module) ?? []));
			return selection.ids.filter((id) => available.has(id));
		}
		case 'random':
			return a.modules.flatMap((module) => {
				const ids = byModule.get(module) ?? [];
				const drawn = new Set(shuffle(ids, deriveSeed(seed >>> 0, 'assignment', a.id, module)).slice(0, selection.perModule));
				return ids.filter((id) => drawn.has(id));
			});
	}
}

/** How many questions a student gets (the same for every seed). */
export function questionCount(a: Assignment, quizzes: Quiz[]): number {
	return selectQuestions(a, quizzes, 0).length;
}
