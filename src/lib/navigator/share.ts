// A path as a short, URL-safe text for a share link: `<fingerprint>-<answers>`, each answer the
// option's place in its question written as one base-36 digit (a question has at most 36 options),
// e.g. `k3f9a-0001020`. The fingerprint is a hash of the graph's shape (ids and where each option
// leads): when the navigator changes, an old link no longer matches and decodes to `stale` rather
// than to a different path. Decoding never throws.
import { walk } from './graph';
import type { NavGraph, NavPath } from './types';

type AnyGraph = NavGraph<unknown, unknown>;

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** Longer than any path could be: a guard against pasted garbage. */
const MAX_LENGTH = 120;

/** FNV-1a, 32 bits, as 5 base-36 digits (about 60 million values: enough to tell two versions apart). */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return (h % 36 ** 5).toString(36).padStart(5, '0');
}

/** The graph's shape as a hash: the start, each question's id and its options' ids and `next`, in order. */
export function graphFingerprint(graph: AnyGraph): string {
	const shape = [graph.start, ...Object.values(graph.questions).map((q) => `${q.id}(${q.options.map((o) => `${o.id}>${o.next}`).join(',')})`)].join(';');
	return hash(shape);
}

/** A path of the graph as share text. Throws on a path that is not the graph's (a programming error, not a reader's). */
export function encodePath(graph: AnyGraph, path: NavPath): string {
	const walked = walk(graph, path);
	if (!walked.ok) throw new Error(`encodePath: not a path of the graph (${walked.error} at answer ${walked.index + 1})`);
	const digits = walked.steps.map(({ question, option }) => DIGITS[graph.questions[question].options.findIndex((o) => o.id === option)]);
	return `${graphFingerprint(graph)}-${digits.join('')}`;
}

export type DecodeError =
	/** not share text at all (wrong characters, shape or length) */
	| 'malformed'
	/** made for another version of the navigator */
	| 'stale'
	/** the right version, but an answer that does not exist or goes past an outcome (edited by hand) */
	| 'invalid';

export type DecodeResult = { ok: true; path: string[] } | { ok: false; error: DecodeError };

/** Share text back to a path, or why it cannot be one. Never throws, whatever it is given. */
export function decodePath(graph: AnyGraph, text: unknown): DecodeResult {
	if (typeof text !== 'string' || text.length > MAX_LENGTH) return { ok: false, error: 'malformed' };
	const match = /^([0-9a-z]{5})-([0-9a-z]*)$/.exec(text.trim().toLowerCase());
	if (!match) return { ok: false, error: 'malformed' };
	if (match[1] !== graphFingerprint(graph)) return { ok: false, error: 'stale' };
	const path: string[] = [];
	let at: string = graph.start;
	for (const digit of match[2]) {
		if (!Object.hasOwn(graph.questions, at)) return { ok: false, error: 'invalid' };
		const option = graph.questions[at].options[DIGITS.indexOf(digit)];
		if (!option) return { ok: false, error: 'invalid' };
		path.push(option.id);
		at = option.next;
	}
	return { ok: true, path };
}
