import type { Locale } from '$lib/i18n';
import { findQuote, getSource } from './sources';
import { closestPassage } from './text';
import { citationKey, type Citation, type ResolvedCitation } from './citation-types';

export { citationKey, type Citation, type ResolvedCitation };

/**
 * Checks a citation for one page language and resolves it, or returns the problem in words:
 * unknown source, quote not verbatim (with the closest passage), translation missing.
 */
export function resolveCitation(
	ref: Citation,
	pageLang: Locale
): { ok: true; citation: ResolvedCitation } | { ok: false; problem: string } {
	const source = getSource(ref.source);
	if (!source) return { ok: false, problem: `unknown source "${ref.source}"` };
	const paragraph = findQuote(source, ref.quote);
	if (!paragraph) {
		const closest = closestPassage(
			source.paragraphs.map((p) => p.text),
			ref.quote
		);
		return {
			ok: false,
			problem: `quote not found verbatim in ${ref.source}:\n    quote:   «${ref.quote}»\n    closest: «${closest}»`
		};
	}
	const quoteLang = ref.lang ?? source.language;
	const translation = ref.translation?.[pageLang];
	if (quoteLang !== pageLang && !translation?.trim()) {
		return {
			ok: false,
			problem: `quote in ${quoteLang} cited on a ${pageLang} page needs translation.${pageLang}: «${ref.quote}»`
		};
	}
	return {
		ok: true,
		citation: {
			source: source.id,
			quote: ref.quote,
			quoteLang,
			translation: quoteLang === pageLang ? undefined : translation,
			paragraph: paragraph.n,
			publisher: source.publisher,
			short: source.short[pageLang],
			date: source.date,
			title: source.title
		}
	};
}

/** Resolves every citation of a page, failing (and so failing the build) on the first problem. */
export function resolveAll(
	refs: Citation[],
	pageLang: Locale,
	file: string
): Record<string, ResolvedCitation> {
	const resolved: Record<string, ResolvedCitation> = {};
	for (const ref of refs) {
		const result = resolveCitation(ref, pageLang);
		if (!result.ok) throw new Error(`${file}: ${result.problem}`);
		resolved[citationKey(ref.source, ref.quote)] = result.citation;
	}
	return resolved;
}

/** Decodes the few entities an author may write inside a Svelte attribute. */
function decodeAttribute(value: string): string {
	return value
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Every <Cite …/> of a lesson's Markdown source, with its attributes. */
export function extractCites(markdown: string, file: string): Citation[] {
	const refs: Citation[] = [];
	for (const match of markdown.matchAll(/<Cite\b([^>]*?)\/?>/g)) {
		const attributes: Record<string, string> = {};
		for (const attr of match[1].matchAll(/([a-z]+)\s*=\s*"([^"]*)"/g)) {
			attributes[attr[1]] = decodeAttribute(attr[2]);
		}
		const { source, quote, translation, lang } = attributes;
		if ('at' in attributes && !attributes.at.trim()) throw new Error(`${file}: <Cite at=""> is empty: ${match[0].slice(0, 120)}`);
		if (!source || !quote) {
			throw new Error(`${file}: <Cite> needs source="…" and quote="…": ${match[0].slice(0, 120)}`);
		}
		if (lang !== undefined && lang !== 'fr' && lang !== 'en') {
			throw new Error(`${file}: <Cite lang="${lang}">: lang must be fr or en`);
		}
		const pageLang = file.endsWith('/en.md') ? 'en' : 'fr';
		refs.push({
			source,
			quote,
			lang: lang as Locale | undefined,
			translation: translation ? { [pageLang]: translation } : undefined
		});
	}
	return refs;
}
