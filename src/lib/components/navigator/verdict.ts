import { m } from '$lib/paraglide/messages.js';
import type { Verdict } from '../../navigator/types';

/** A verdict in words, with a sign that does not rely on colour. */
export function verdictWords(verdict: Verdict): { sign: string; words: string } {
	if (verdict === 'can-act') return { sign: '✓', words: m.navigator_verdict_can_act() };
	if (verdict === 'not-now') return { sign: '⏸', words: m.navigator_verdict_not_now() };
	return { sign: '✗', words: m.navigator_verdict_cannot_act() };
}

/** The place in the source for a citation marker: the article label without the source's short name ("Rome Statute, art. 16" → "art. 16"). */
export function placeIn(article: string, short: string): string | undefined {
	return article.startsWith(`${short}, `) ? article.slice(short.length + 2) : undefined;
}
