// The learner's state, kept in cmi.suspend_data so that a return to the SCO resumes it. SCORM 1.2
// allows 4,096 characters there, and some runtimes accept more then lose it (or the LMS truncates
// it mid-JSON): the encoder never writes more than 4,096 characters.
//
// Encoding (version 2): a JSON array
//   [2, fingerprint, seed, submitted, hints, field of question 1, field of question 2, …]
// with fingerprint and seed in base 36, submitted 0 or 1, then, in the quiz's authored order:
// hints, one base-36 digit per question counting the hints opened (they cost credit, as on the
// site: src/lib/quiz/credit.ts; trailing zeros dropped, "" when none), and one string per
// question (trailing empty fields dropped). Choices are written as their index in the view, in
// base 36:
//   single "2" · multiple "0.3" · truefalse "t"/"f" · short/numeric the text typed (trimmed) ·
//   ordering "3.0.2.1" · matching one target index per item, "" for none ("1..0") ·
//   cloze one option index per blank, "" for none · case the same per decision · no answer "".
// The fingerprint (a hash of the ids) tells a state written for another version of the quiz,
// whose indexes would mean other choices: such a state is ignored.
//
// Version 3 (the package runs the site's quiz runner, src/lib/components/quiz/QuizRunner.svelte)
// adds what its session needs, after the hints: the session's flags, one base-36 digit per question
// (trailing zeros dropped), bit 1 = tried (the question has its one try of test mode: the answer
// below with the hints counted, made when the quiz was submitted), bit 2 = revealed (the answer was
// shown: it earns nothing), bit 4 = flagged by the learner; then the question the learner was on
// (its position, base 36):
//   [3, fingerprint, seed, submitted, hints, flags, current, field 1, field 2, …]
// The package is always in test mode, where a trail is at most one try, the submitted answer:
// one bit says it all, and the state stays as short as before.
//
// Version 1 (written before hints cost anything) had no hints element: it is read as 0 hints
// everywhere, which is how its attempts were graded. Versions 1 and 2 have no flags: a submitted
// state of theirs is read with one try per answered question (with its hints), which is how the
// runtime of that time graded it (oneTry per answer), nothing revealed or flagged, at question 1.
//
// When the state is too long (only free text can make it so), it is cut in this order, the least
// useful first: each text to TEXT_LIMIT characters; then the longest texts, one by one; then the
// answers of the last questions; at worst only [2, fingerprint, seed, submitted, hints] is kept.
// Hint counts go last: one character a question, and losing one would hand the hint back for free.
import { hashString } from '../../quiz/shuffle';
import type { TrailTry } from '../../quiz/credit';
import type { LearnerInput, QuestionView } from '../../quiz/types';
import { cutText } from '../text';

export const SUSPEND_DATA_LIMIT = 4096;
/** A typed answer longer than this is never right; it is cut to keep room for the other answers. */
export const TEXT_LIMIT = 200;
const VERSION = 3;
/** The most hints one base-36 digit can count (a question has a handful at most). */
const MAX_HINTS = 35;

export type ScoState = {
	/** the attempt's seed: the order of questions and options (createAttempt) */
	seed: number;
	/** true once the learner has submitted the quiz */
	submitted: boolean;
	/** question id → the learner's input; a question without an entry is unanswered */
	answers: Record<string, LearnerInput>;
	/** question id → hints opened (the first n of the question's hints); no entry: none */
	hints: Record<string, number>;
	/** question id → its tries (test mode: one, the submitted answer with its hints); no entry: none */
	tries?: Record<string, TrailTry[]>;
	/** question id → the answer was shown (it earns nothing) */
	revealed?: Record<string, boolean>;
	/** question id → flagged by the learner to come back to */
	flagged?: Record<string, boolean>;
	/** the position of the question the learner was on */
	current?: number;
};

const TRIED = 1;
const REVEALED = 2;
const FLAGGED = 4;

function encodeFlags(views: readonly QuestionView[], state: ScoState): string {
	const digits = views.map((view) => {
		const id = view.id;
		const tried = (state.tries && Object.hasOwn(state.tries, id) ? (state.tries[id]?.length ?? 0) : 0) > 0;
		const revealed = Boolean(state.revealed && Object.hasOwn(state.revealed, id) && state.revealed[id]);
		const flagged = Boolean(state.flagged && Object.hasOwn(state.flagged, id) && state.flagged[id]);
		return ((tried ? TRIED : 0) | (revealed ? REVEALED : 0) | (flagged ? FLAGGED : 0)).toString(36);
	});
	return digits.join('').replace(/0+$/, '');
}

/** Hints counted for a question: a whole number within what the question has. */
function hintCount(view: QuestionView, value: unknown): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
	return Math.max(0, Math.min(Math.floor(value), view.hints.length, MAX_HINTS));
}

function encodeHints(views: readonly QuestionView[], hints: Record<string, number>): string {
	const digits = views.map((view) => hintCount(view, Object.hasOwn(hints, view.id) ? hints[view.id] : 0).toString(36));
	return digits.join('').replace(/0+$/, '');
}

function decodeHints(views: readonly QuestionView[], text: unknown): Record<string, number> {
	const hints: Record<string, number> = {};
	if (typeof text !== 'string') return hints;
	views.forEach((view, index) => {
		const count = hintCount(view, parseInt(text[index] ?? '', 36));
		if (count > 0) hints[view.id] = count;
	});
	return hints;
}

/** A hash of every id the encoding refers to, in base 36. */
export function quizFingerprint(views: readonly QuestionView[]): string {
	const parts = views.map((view) => {
		switch (view.type) {
			case 'single':
			case 'multiple':
				return [view.id, view.type, ...view.options.map((option) => option.id)];
			case 'ordering':
				return [view.id, view.type, ...view.items.map((item) => item.id)];
			case 'matching':
				return [view.id, view.type, ...view.items.map((item) => item.id), '>', ...view.targets.map((target) => target.id)];
			case 'cloze':
				return [view.id, view.type, ...view.blanks.flatMap((blank) => [blank.id, ...blank.options.map((option) => option.id)])];
			case 'evidence':
				return [view.id, view.type, ...view.sentences.map((sentence) => sentence.id)];
			case 'case':
				return [view.id, view.type, ...view.decisions.flatMap((decision) => [decision.id, ...decision.options.map((option) => option.id)])];
			default:
				return [view.id, view.type];
		}
	});
	return hashString(parts.map((part) => part.join('\u0001')).join('\u0002')).toString(36);
}

const toIndex = (index: number) => index.toString(36);

function indexOf(ids: readonly string[], id: unknown): string {
	const index = typeof id === 'string' ? ids.indexOf(id) : -1;
	return index < 0 ? '' : toIndex(index);
}

function indexes(ids: readonly string[], chosen: unknown): string {
	if (!Array.isArray(chosen)) return '';
	const seen = new Set<string>();
	const result: string[] = [];
	for (const id of chosen) {
		const index = indexOf(ids, id);
		if (index !== '' && !seen.has(index)) {
			seen.add(index);
			result.push(index);
		}
	}
	return result.join('.');
}

function perPart(keys: readonly string[], ids: (key: string) => readonly string[], input: unknown): string {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) return '';
	const record = input as Record<string, unknown>;
	const fields = keys.map((key) => (Object.hasOwn(record, key) ? indexOf(ids(key), record[key]) : ''));
	return fields.every((field) => field === '') ? '' : fields.join('.');
}

/** One question's input as a compact string; '' for no answer. Texts are trimmed, not cut. */
export function encodeField(view: QuestionView, input: LearnerInput | undefined): string {
	if (input === undefined) return '';
	switch (view.type) {
		case 'single':
			return indexOf(view.options.map((option) => option.id), input);
		case 'multiple':
			return indexes(view.options.map((option) => option.id), input);
		case 'evidence':
			return indexes(view.sentences.map((sentence) => sentence.id), input);
		case 'truefalse':
			return input === true ? 't' : input === false ? 'f' : '';
		case 'short':
		case 'numeric':
			return typeof input === 'string' ? input.trim() : '';
		case 'ordering':
			return indexes(view.items.map((item) => item.id), input);
		case 'matching': {
			const targets = view.targets.map((target) => target.id);
			return perPart(view.items.map((item) => item.id), () => targets, input);
		}
		case 'cloze': {
			const blanks = new Map(view.blanks.map((blank) => [blank.id, blank.options.map((option) => option.id)]));
			return perPart(view.blanks.map((blank) => blank.id), (id) => blanks.get(id) ?? [], input);
		}
		case 'case': {
			const decisions = new Map(view.decisions.map((decision) => [decision.id, decision.options.map((option) => option.id)]));
			return perPart(view.decisions.map((decision) => decision.id), (id) => decisions.get(id) ?? [], input);
		}
	}
}

function fromIndex(ids: readonly string[], text: string): string | undefined {
	if (!/^[0-9a-z]+$/.test(text)) return undefined;
	return ids[parseInt(text, 36)];
}

function fromIndexes(ids: readonly string[], text: string): string[] {
	const result: string[] = [];
	for (const part of text.split('.')) {
		const id = fromIndex(ids, part);
		if (id !== undefined && !result.includes(id)) result.push(id);
	}
	return result;
}

function fromPerPart(keys: readonly string[], ids: (key: string) => readonly string[], text: string): Record<string, string | null> | undefined {
	const parts = text.split('.');
	if (parts.length !== keys.length) return undefined;
	return Object.fromEntries(keys.map((key, index) => [key, fromIndex(ids(key), parts[index] ?? '') ?? null]));
}

/** The input a field stands for; undefined for no answer (or a field that makes no sense). */
export function decodeField(view: QuestionView, text: string): LearnerInput | undefined {
	if (text === '') return undefined;
	switch (view.type) {
		case 'single':
			return fromIndex(view.options.map((option) => option.id), text);
		case 'multiple':
			return fromIndexes(view.options.map((option) => option.id), text);
		case 'evidence':
			return fromIndexes(view.sentences.map((sentence) => sentence.id), text);
		case 'truefalse':
			return text === 't' ? true : text === 'f' ? false : undefined;
		case 'short':
		case 'numeric':
			return text;
		case 'ordering':
			return fromIndexes(view.items.map((item) => item.id), text);
		case 'matching': {
			const targets = view.targets.map((target) => target.id);
			return fromPerPart(view.items.map((item) => item.id), () => targets, text);
		}
		case 'cloze': {
			const blanks = new Map(view.blanks.map((blank) => [blank.id, blank.options.map((option) => option.id)]));
			return fromPerPart(view.blanks.map((blank) => blank.id), (id) => blanks.get(id) ?? [], text);
		}
		case 'case': {
			const decisions = new Map(view.decisions.map((decision) => [decision.id, decision.options.map((option) => option.id)]));
			return fromPerPart(view.decisions.map((decision) => decision.id), (id) => decisions.get(id) ?? [], text);
		}
	}
}

function serialise(head: (string | number)[], fields: string[]): string {
	let end = fields.length;
	while (end > 0 && fields[end - 1] === '') end--;
	return JSON.stringify([...head, ...fields.slice(0, end)]);
}

const isText = (view: QuestionView) => view.type === 'short' || view.type === 'numeric';

/** The state as suspend_data: at most `limit` (4,096) characters, whatever the answers. */
export function encodeState(views: readonly QuestionView[], state: ScoState, limit = SUSPEND_DATA_LIMIT): string {
	const current = Math.max(0, Math.min(Math.floor(state.current ?? 0), Math.max(0, views.length - 1)));
	const head = [
		VERSION,
		quizFingerprint(views),
		(state.seed >>> 0).toString(36),
		state.submitted ? 1 : 0,
		encodeHints(views, state.hints),
		encodeFlags(views, state),
		current.toString(36)
	];
	const fields = views.map((view) => {
		const field = encodeField(view, Object.hasOwn(state.answers, view.id) ? state.answers[view.id] : undefined);
		return isText(view) ? cutText(field, TEXT_LIMIT) : field;
	});
	let text = serialise(head, fields);
	if (text.length <= limit) return text;
	// 1. drop typed texts, the longest first (they weigh the most and are the easiest to type again)
	const texts = views
		.map((view, index) => ({ index, length: isText(view) ? JSON.stringify(fields[index]).length : 0 }))
		.filter((entry) => entry.length > 2)
		.sort((a, b) => b.length - a.length);
	for (const { index } of texts) {
		fields[index] = '';
		text = serialise(head, fields);
		if (text.length <= limit) return text;
	}
	// 2. drop the answers of the last questions
	for (let index = fields.length - 1; index >= 0; index--) {
		if (fields[index] === '') continue;
		fields[index] = '';
		text = serialise(head, fields);
		if (text.length <= limit) return text;
	}
	// 3. the head alone (a few dozen characters, and two digits a question): the attempt's order,
	// whether it was submitted, the hints opened, the flags
	text = serialise(head, []);
	if (text.length <= limit) return text;
	// 4. over 2,000 questions: the flags and the hints go too
	return serialise([...head.slice(0, 4), '', '', '0'], []).slice(0, limit);
}

/** The state that suspend_data holds, or null when it is empty, unreadable or for another quiz. */
export function decodeState(views: readonly QuestionView[], text: string): ScoState | null {
	if (text.trim() === '') return null;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return null;
	}
	if (!Array.isArray(data) || ![1, 2, VERSION].includes(data[0]) || data[1] !== quizFingerprint(views)) return null;
	// version 1 has no hints element: its fields start one place earlier, and its hints are 0;
	// versions 1 and 2 have no flags nor current question (migrated below)
	const version = data[0] as 1 | 2 | 3;
	const [, , seedText, submitted, ...rest] = data as unknown[];
	const hintsText = version === 1 ? '' : rest.shift();
	const flagsText = version === 3 ? rest.shift() : undefined;
	const currentText = version === 3 ? rest.shift() : undefined;
	if (typeof seedText !== 'string' || !/^[0-9a-z]{1,7}$/.test(seedText)) return null;
	const seed = parseInt(seedText, 36) >>> 0;
	const answers: Record<string, LearnerInput> = {};
	views.forEach((view, index) => {
		const field = rest[index];
		if (typeof field !== 'string') return;
		const input = decodeField(view, field);
		if (input !== undefined) answers[view.id] = input;
	});
	const hints = decodeHints(views, hintsText);
	const tries: Record<string, TrailTry[]> = {};
	const revealed: Record<string, boolean> = {};
	const flagged: Record<string, boolean> = {};
	const tryOf = (id: string): TrailTry[] => (Object.hasOwn(answers, id) ? [{ input: answers[id] as LearnerInput, hints: hints[id] ?? 0 }] : []);
	views.forEach((view, index) => {
		if (version !== 3) {
			// before version 3, a submitted state was graded with one try per answer
			if (submitted === 1 && tryOf(view.id).length) tries[view.id] = tryOf(view.id);
			return;
		}
		const digit = typeof flagsText === 'string' ? parseInt(flagsText[index] ?? '', 36) : 0;
		const bits = Number.isFinite(digit) ? digit : 0;
		if (bits & TRIED && tryOf(view.id).length) tries[view.id] = tryOf(view.id);
		if (bits & REVEALED) revealed[view.id] = true;
		if (bits & FLAGGED) flagged[view.id] = true;
	});
	const position = typeof currentText === 'string' && /^[0-9a-z]{1,4}$/.test(currentText) ? parseInt(currentText, 36) : 0;
	const current = Math.min(position, Math.max(0, views.length - 1));
	return { seed, submitted: submitted === 1, answers, hints, tries, revealed, flagged, current };
}
