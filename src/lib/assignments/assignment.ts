// An assignment: what a teacher asks a class to do (modules, which questions, pass mark, attempts,
// when answers are shown, due date, title, note). The site has no server and no accounts, so the
// whole assignment travels in the link the teacher shares, after the `#` (the fragment is never
// sent to any server, not even to the one hosting the site).
//
// Pure TypeScript (no Svelte, no DOM), with relative imports only, so that Node scripts and the
// Playwright tests can import it too.
import * as v from 'valibot';
import { deriveSeed, newSeed, shuffle } from '../quiz/shuffle';
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
	/**
	 * With reveal 'each' (answers checked one by one): may the student press "Try again" after a
	 * wrong answer (each further try earning less), or is the first checked answer final? Without
	 * feedback after each question there is nothing to retry, and the field has no effect.
	 * Assignments made before the field existed (v1 links, receipts) read as true: the behaviour then.
	 */
	retries: boolean;
	/** last day to hand it in (YYYY-MM-DD, the student's local day), or null */
	due: string | null;
	/** ISO timestamp */
	createdAt: string;
};

/**
 * Version of the assignment object (its `v`): still 1, as `retries` was added with a default that
 * reads the objects written before it (see validateAssignment). The link has its own version
 * (LINK_VERSION): the same object travels in a v1 link (JSON) or a v2 link (packed bytes).
 */
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
	// absent from v1 links and from the receipts made before the field: they read as true, the
	// behaviour then ("Try again" was always offered after each question)
	retries: v.optional(v.boolean(), true),
	due: v.nullable(v.pipe(v.string(), v.check(isCalendarDate, 'due is a day written YYYY-MM-DD'))),
	createdAt: v.pipe(v.string(), v.check(isTimestamp, 'createdAt is an ISO timestamp'))
});

// The schema's output type must be exactly the declared type (checked by the compiler).
type SchemaOutput = v.InferOutput<typeof assignmentSchema>;
const _sameShape: [SchemaOutput, Assignment] extends [Assignment, SchemaOutput] ? true : never = true;
void _sameShape;

/**
 * The assignment, or undefined when it breaks a rule of the schema. Never throws. This is how any
 * code reads an assignment object it did not make (a receipt's, a stored one): an object written
 * before `retries` existed is read with `retries: true`, the behaviour then.
 */
export function validateAssignment(value: unknown): Assignment | undefined {
	const result = v.safeParse(assignmentSchema, value);
	return result.success ? result.output : undefined;
}

// ——— Ids ———

/** 10 random base36 characters, from the site's random source (a fresh seed per character). */
export function newAssignmentId(random: () => number = () => newSeed() / 2 ** 32): string {
	let id = '';
	for (let index = 0; index < 10; index++) id += Math.floor(random() * 36).toString(36);
	return id;
}

// ——— Link encoding ———
//
// A link is  v<version>.<payload>.<checksum>, read after the `#` of /<lang>/assignment/.
//
// v2 (written since links had to be typed from a projector: a v1 link was 400–500 characters):
//   payload  = base64url (no padding) of the assignment packed as bytes (LINK LAYOUT below): no
//              field names, numbers as bytes, days as day numbers, modules by their number
//   checksum = FNV-1a (32 bits) of "v2.<payload>", as 6 base64url characters (8 hex digits in v1)
//   An assignment without a note, titled in up to 30 characters, gives 50–120 characters after
//   the host (/fr/assignment/#v2.…; the tests hold it to 150); a v1 link gave 400–500.
// v1 (still read: students have these links):
//   payload  = base64url of the UTF-8 bytes of the assignment's JSON
//   checksum = FNV-1a (32 bits) of "v1.<payload>", 8 lower-case hex digits
//
// The checksum detects a link changed by accident (cut, mistyped, mangled by a messaging app) or by
// hand (a student editing the pass mark): changing any one character of the payload always changes
// an FNV-1a hash. It is NOT a signature: anyone who reads this file can compute the checksum of a
// link they wrote themselves. Nothing secret is involved, and nothing here proves who made a link.
//
// Deflate (fflate) was tried on the packed bytes and left out: 50–90 bytes of mostly distinct values
// (the id, a short title) do not shrink, and the inflater would have come with every student page.

/** The version of the link encodeAssignment writes. */
export const LINK_VERSION = 2;

/** FNV-1a over UTF-16 code units (the link is ASCII, so these are its bytes). */
export function fnv1a32(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** v1: 8 lower-case hex digits. */
function checksumV1(text: string): string {
	return fnv1a32(text).toString(16).padStart(8, '0');
}

/**
 * v2: the same 32 bits in 6 base64url characters (the first one only ever 0–3, i.e. A–D): two
 * characters fewer to type, and still every one-character change detected, as the full 32-bit hash
 * is kept.
 */
function checksumV2(text: string): string {
	let hash = fnv1a32(text);
	let out = '';
	for (let index = 0; index < 6; index++) {
		out = BASE64URL[hash % 64] + out;
		hash = Math.floor(hash / 64);
	}
	return out;
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

// ——— v2: the packed layout ———
//
// LINK LAYOUT (v2), in this order; "varint" is an unsigned LEB128 number (7 bits a byte), "signed"
// a zigzag varint, "text" a varint byte count then the characters in UTF-8:
//   1 byte   flags: bit 0 lang (en), bits 1–2 reveal (each/end/never), bits 3–4 questions
//            (all/random/pick), bit 5 retries, bit 6 a due date follows, bit 7 createdAt is a day
//   1 byte   attempts (0–10)
//   7 bytes  id: its 10 base36 digits as one number (below 36^10 < 2^52), big-endian
//   1 byte   pass mark in whole percent (0–100), or 255 then the number as 8 bytes (float64)
//   random:  1 byte, questions per module; pick: varint count, then each id as text
//   due:     signed, days from 2024-01-01 (2 bytes until 2046)
//   created: signed, days from 2024-01-01 when it is midnight UTC (what the builder writes; the
//            builder shows only its day), else the timestamp as text
//   modules: varint count, then each one: a module numbered NN (slug "NN-…", as every module of
//            the site) as varint NN + 1 and one byte of the slug's hash, anything else as 0 and
//            the slug as text
//   title:   text
//   note:    the remaining bytes, in UTF-8 (none: no note)
//
// Every valid assignment packs, and unpacks to itself (the tests check it over random ones): a link
// loses nothing, so assignments that pack alike are the same one (class results compare receipts
// that way), but for the hash byte of a module's slug (below). A link has one spelling only: the
// reader packs what it read again and refuses any other bytes.
//
// A module goes by its number (1 byte instead of 15) with one byte of its slug's hash: a module
// renamed or renumbered since the link was made is then 'unknown-content' (1 chance in 256 of not
// noticing), never another module taken silently.

const REVEALS: readonly RevealPolicy[] = ['each', 'end', 'never'];
const MODES: readonly QuestionSelection['mode'][] = ['all', 'random', 'pick'];
const DAY_MS = 86_400_000;
const DAY_ZERO = Date.UTC(2024, 0, 1);
const ID_LIMIT = 36 ** 10;
const PERCENT_EXACT_MAX = 100;
const PASS_MARK_FLOAT = 255;
const numberedSlug = /^(\d{1,6})-/;

/** A day written YYYY-MM-DD as a number of days from 2024-01-01 (negative before). */
function dayNumber(day: string): number {
	const [year, month, date] = day.split('-').map(Number);
	const utc = new Date(0);
	// setUTCFullYear, unlike Date.UTC, reads years 0–99 as themselves
	utc.setUTCFullYear(year, month - 1, date);
	return Math.round((utc.getTime() - DAY_ZERO) / DAY_MS);
}

function dayText(days: number): string {
	return new Date(DAY_ZERO + days * DAY_MS).toISOString().slice(0, 10);
}

const midnightUtc = /^(\d{4}-\d{2}-\d{2})T00:00:00\.000Z$/;

/** One byte of a slug's hash: what tells a module from another one numbered the same. */
function slugTag(slug: string): number {
	return fnv1a32(slug) & 0xff;
}

class Malformed extends Error {}

class Writer {
	private bytes: number[] = [];
	byte(value: number) {
		this.bytes.push(value & 0xff);
	}
	varint(value: number) {
		let rest = value;
		while (rest >= 0x80) {
			this.bytes.push((rest % 0x80) | 0x80);
			rest = Math.floor(rest / 0x80);
		}
		this.bytes.push(rest);
	}
	signed(value: number) {
		this.varint(value >= 0 ? value * 2 : -value * 2 - 1);
	}
	raw(bytes: ArrayLike<number>) {
		for (let index = 0; index < bytes.length; index++) this.bytes.push(bytes[index]);
	}
	text(value: string) {
		const bytes = utf8(value);
		this.varint(bytes.length);
		this.raw(bytes);
	}
	done(): Uint8Array {
		return Uint8Array.from(this.bytes);
	}
}

class Reader {
	at = 0;
	constructor(private readonly bytes: Uint8Array) {}
	byte(): number {
		if (this.at >= this.bytes.length) throw new Malformed();
		return this.bytes[this.at++];
	}
	varint(): number {
		let value = 0;
		let scale = 1;
		for (;;) {
			const byte = this.byte();
			value += (byte & 0x7f) * scale;
			if (byte < 0x80) return value;
			scale *= 0x80;
			// nothing in a link needs more than 7 bytes (49 bits): longer is not a link of this site
			if (scale > 2 ** 49) throw new Malformed();
		}
	}
	signed(): number {
		const value = this.varint();
		return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
	}
	take(count: number): Uint8Array {
		if (count > this.bytes.length - this.at) throw new Malformed();
		const out = this.bytes.subarray(this.at, this.at + count);
		this.at += count;
		return out;
	}
	text(): string {
		return fromUtf8(this.take(this.varint()));
	}
	rest(): Uint8Array {
		return this.take(this.bytes.length - this.at);
	}
}

/**
 * UTF-8 of a JavaScript string, keeping a lone surrogate (which TextEncoder would turn into U+FFFD)
 * as its own 3 bytes ("WTF-8"): a title is whatever the form held, and comes back the same.
 */
function utf8(text: string): number[] {
	const out: number[] = [];
	for (let index = 0; index < text.length; index++) {
		let code = text.charCodeAt(index);
		if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
			const low = text.charCodeAt(index + 1);
			if (low >= 0xdc00 && low <= 0xdfff) {
				code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
				index++;
			}
		}
		if (code < 0x80) out.push(code);
		else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
		else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
		else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
	}
	return out;
}

/** The reverse of utf8; throws Malformed on a broken sequence (overlong ones fail the repacking). */
function fromUtf8(bytes: Uint8Array): string {
	let out = '';
	let index = 0;
	const next = () => {
		const byte = bytes[index++];
		if (byte === undefined || (byte & 0xc0) !== 0x80) throw new Malformed();
		return byte & 63;
	};
	while (index < bytes.length) {
		const lead = bytes[index++];
		let code: number;
		if (lead < 0x80) code = lead;
		else if (lead >= 0xc0 && lead < 0xe0) code = ((lead & 31) << 6) | next();
		else if (lead >= 0xe0 && lead < 0xf0) code = ((lead & 15) << 12) | (next() << 6) | next();
		else if (lead >= 0xf0 && lead < 0xf5) code = ((lead & 7) << 18) | (next() << 12) | (next() << 6) | next();
		else throw new Malformed();
		if (code > 0x10ffff) throw new Malformed();
		out += String.fromCodePoint(code);
	}
	return out;
}

function pack(a: Assignment): Uint8Array {
	const out = new Writer();
	const dayCreated = midnightUtc.exec(a.createdAt);
	out.byte(
		(a.lang === 'en' ? 1 : 0) |
			(REVEALS.indexOf(a.reveal) << 1) |
			(MODES.indexOf(a.questions.mode) << 3) |
			(a.retries ? 1 << 5 : 0) |
			(a.due !== null ? 1 << 6 : 0) |
			(dayCreated ? 1 << 7 : 0)
	);
	out.byte(a.attempts);
	let id = 0;
	for (const char of a.id) id = id * 36 + parseInt(char, 36);
	const idBytes: number[] = [];
	for (let index = 0; index < 7; index++) {
		idBytes.unshift(id % 256);
		id = Math.floor(id / 256);
	}
	out.raw(idBytes);
	// + 0 turns -0 into 0, and Object.is then sends a pass mark of -0 (valid, if odd) to the float:
	// every pass mark comes back as it was
	const percent = Math.round(a.passMark * 100) + 0;
	if (percent >= 0 && percent <= PERCENT_EXACT_MAX && Object.is(percent / 100, a.passMark)) out.byte(percent);
	else {
		out.byte(PASS_MARK_FLOAT);
		const float = new DataView(new ArrayBuffer(8));
		float.setFloat64(0, a.passMark);
		out.raw(new Uint8Array(float.buffer));
	}
	if (a.questions.mode === 'random') out.byte(a.questions.perModule);
	else if (a.questions.mode === 'pick') {
		out.varint(a.questions.ids.length);
		for (const id of a.questions.ids) out.text(id);
	}
	if (a.due !== null) out.signed(dayNumber(a.due));
	if (dayCreated) out.signed(dayNumber(dayCreated[1]));
	else out.text(a.createdAt);
	out.varint(a.modules.length);
	for (const slug of a.modules) {
		const numbered = numberedSlug.exec(slug);
		if (numbered) {
			out.varint(Number(numbered[1]) + 1);
			out.byte(slugTag(slug));
		} else {
			out.varint(0);
			out.text(slug);
		}
	}
	out.text(a.title);
	out.raw(utf8(a.note));
	return out.done();
}

type ModuleRef = { slug: string } | { number: number; tag: number };

/** The fields as packed, modules not yet looked up; throws Malformed. */
function unpack(bytes: Uint8Array) {
	const input = new Reader(bytes);
	const flags = input.byte();
	const reveal = REVEALS[(flags >> 1) & 3];
	const mode = MODES[(flags >> 3) & 3];
	if (!reveal || !mode) throw new Malformed();
	const attempts = input.byte();
	let id = 0;
	for (const byte of input.take(7)) id = id * 256 + byte;
	if (id >= ID_LIMIT) throw new Malformed();
	const percent = input.byte();
	let passMark: number;
	if (percent <= PERCENT_EXACT_MAX) passMark = percent / 100;
	else if (percent === PASS_MARK_FLOAT) passMark = new DataView(input.take(8).slice().buffer).getFloat64(0);
	else throw new Malformed();
	let questions: QuestionSelection;
	if (mode === 'random') questions = { mode, perModule: input.byte() };
	else if (mode === 'pick') {
		const count = input.varint();
		if (count > ASSIGNMENT_LIMITS.pickedIds) throw new Malformed();
		questions = { mode, ids: Array.from({ length: count }, () => input.text()) };
	} else questions = { mode };
	const due = flags & (1 << 6) ? dayText(input.signed()) : null;
	const createdAt = flags & (1 << 7) ? `${dayText(input.signed())}T00:00:00.000Z` : input.text();
	const moduleCount = input.varint();
	if (moduleCount > ASSIGNMENT_LIMITS.modules) throw new Malformed();
	const modules: ModuleRef[] = Array.from({ length: moduleCount }, () => {
		const number = input.varint();
		return number === 0 ? { slug: input.text() } : { number: number - 1, tag: input.byte() };
	});
	const title = input.text();
	const note = fromUtf8(input.rest());
	return {
		v: 1 as const,
		id: id.toString(36).padStart(10, '0'),
		title,
		note,
		lang: flags & 1 ? ('en' as const) : ('fr' as const),
		modules,
		questions,
		passMark,
		attempts,
		reveal,
		retries: (flags & (1 << 5)) !== 0,
		due,
		createdAt
	};
}

/** The site's module a packed reference names, or undefined (none, or not one only). */
function lookUp(ref: ModuleRef, modules: string[]): string | undefined {
	if ('slug' in ref) return modules.includes(ref.slug) ? ref.slug : undefined;
	const found = modules.filter((slug) => {
		const numbered = numberedSlug.exec(slug);
		return numbered !== null && Number(numbered[1]) === ref.number && slugTag(slug) === ref.tag;
	});
	return found.length === 1 ? found[0] : undefined;
}

/** The text that goes after `#` in the link: URL-safe (letters, digits, - _ .), versioned, checked. */
export function encodeAssignment(a: Assignment): string {
	const body = `v${LINK_VERSION}.${bytesToBase64url(pack(a))}`;
	return `${body}.${checksumV2(body)}`;
}

export type DecodeError = 'empty' | 'malformed' | 'tampered' | 'outdated' | 'unknown-content';
export const DECODE_ERRORS: readonly DecodeError[] = ['empty', 'malformed', 'tampered', 'outdated', 'unknown-content'];

export type DecodeResult = { ok: true; assignment: Assignment } | { ok: false; error: DecodeError };

/** What the site holds now: a link naming anything else is 'unknown-content'. */
export type KnownContent = { modules: string[]; questionIds: string[] };

/** Versions of the link this site reads, with the length of their checksum. */
const CHECKSUM_LENGTH = new Map([
	[1, 8],
	[2, 6]
]);

/**
 * Reads a link's fragment: the encoded text alone, with its `#`, or a whole address (what follows
 * the first `#` is read). v1 and v2 links give the same Assignment. Never throws. The errors, in
 * the order they are checked:
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
	// A link pasted inside a sentence brings its punctuation: "(…#v2.abc.def)." A token is
	// base64url pieces between dots, so what surrounds it is not part of it.
	token = token.trim().replace(/^[^A-Za-z0-9_-]+/, '').replace(/[^A-Za-z0-9_-]+$/, '');
	if (token === '') return { ok: false, error: 'empty' };

	const parts = token.split('.');
	if (parts.length !== 3) return { ok: false, error: 'malformed' };
	const [prefix, payload, sum] = parts;
	const version = /^v(\d{1,6})$/.exec(prefix);
	if (!version) return { ok: false, error: 'malformed' };
	const sumLength = CHECKSUM_LENGTH.get(Number(version[1]));
	if (sumLength === undefined) return { ok: false, error: 'outdated' };
	// a checksum of another length: the link was cut short
	if (sum.length !== sumLength) return { ok: false, error: 'malformed' };
	// compared exactly (no case folding): any changed character of payload or checksum shows here
	const body = `${prefix}.${payload}`;
	if ((sumLength === 8 ? checksumV1(body) : checksumV2(body)) !== sum) return { ok: false, error: 'tampered' };

	const bytes = base64urlToBytes(payload);
	if (!bytes) return { ok: false, error: 'malformed' };
	const result = sumLength === 8 ? readV1(bytes) : readV2(bytes, token, known);
	if (!result.ok) return result;
	const { assignment } = result;

	const modules = new Set(known.modules);
	const questionIds = new Set(known.questionIds);
	if (!assignment.modules.every((module) => modules.has(module))) return { ok: false, error: 'unknown-content' };
	if (assignment.questions.mode === 'pick' && !assignment.questions.ids.every((id) => questionIds.has(id))) {
		return { ok: false, error: 'unknown-content' };
	}
	return { ok: true, assignment };
}

function readV1(bytes: Uint8Array): DecodeResult {
	let value: unknown;
	try {
		value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return { ok: false, error: 'malformed' };
	}
	if (typeof value === 'object' && value !== null && 'v' in value && value.v !== ASSIGNMENT_VERSION) {
		return { ok: false, error: 'outdated' };
	}
	// without `retries`, as every v1 link: read as true (validateAssignment)
	const assignment = validateAssignment(value);
	return assignment ? { ok: true, assignment } : { ok: false, error: 'malformed' };
}

function readV2(bytes: Uint8Array, token: string, known: KnownContent): DecodeResult {
	let fields: ReturnType<typeof unpack>;
	try {
		fields = unpack(bytes);
	} catch (error) {
		if (error instanceof Malformed) return { ok: false, error: 'malformed' };
		throw error;
	}
	const modules = fields.modules.map((ref) => lookUp(ref, known.modules));
	if (modules.some((slug) => slug === undefined)) return { ok: false, error: 'unknown-content' };
	const assignment = validateAssignment({ ...fields, modules });
	if (!assignment) return { ok: false, error: 'malformed' };
	// one spelling per assignment: bytes that pack differently (an overlong number, a pass mark as
	// float64 that fits a byte…) are not a link this site made
	if (encodeAssignment(assignment) !== token) return { ok: false, error: 'malformed' };
	return { ok: true, assignment };
}

/** The page a student opens: `/<lang>/assignment/#<encoded>` (prefix it with the site's origin). */
export function assignmentPath(lang: AssignmentLang, a: Assignment): string {
	return `/${lang}/assignment/#${encodeAssignment(a)}`;
}

/**
 * A link cut where a printed line may break: after each `/` of the address (not inside `//`),
 * then every 8 characters from the `#`, and before the checksum. A student copying it from a
 * projector sees whole words of the address and short runs of the code; no hyphen, no space is
 * added, so nothing on the sheet is a character that is not in the link. (Here rather than beside
 * the QR code: the sheet needs it at once, the QR code's module is fetched later.)
 */
export function linkPieces(link: string): string[] {
	const hash = link.indexOf('#');
	const address = hash === -1 ? link : link.slice(0, hash);
	const pieces = address.split(/(?<=\/)(?!\/)/).filter((piece) => piece !== '');
	if (hash === -1) return pieces;
	const fragment = link.slice(hash);
	const dot = fragment.lastIndexOf('.');
	const body = dot <= 0 ? fragment : fragment.slice(0, dot);
	for (let at = 0; at < body.length; at += 8) pieces.push(body.slice(at, at + 8));
	if (dot > 0) pieces.push(fragment.slice(dot));
	return pieces;
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
