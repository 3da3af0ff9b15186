// What the exports say about a citation: the quote, our translation when the page language differs
// from the quote's, and who said it. Source metadata comes from sources/catalog.yaml, passed in by
// the caller (scripts/export.ts passes src/lib/content's `sourceIndex()`; a browser caller passes
// what its page loaded).
import type { Citation, Locale } from '../quiz/types';

export type SourceInfo = {
	title: string;
	publisher?: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD */
	date?: string;
	/** the source's main language */
	language?: Locale;
	url?: string | null;
};

/** Source metadata by source id (sources/catalog.yaml). */
export type SourceIndex = Record<string, SourceInfo>;

export type CitationText = {
	quote: string;
	/** language of the quote */
	quoteLang?: Locale;
	/** our translation into the page language, when the quote is in the other one */
	translation?: string;
	/** "Title (Publisher, date)", or the source id when the catalog does not know it */
	attribution: string;
	url?: string;
};

export function citationText(citation: Citation, lang: Locale, sources: SourceIndex = {}): CitationText {
	const source = sources[citation.source];
	const quoteLang = citation.lang ?? source?.language;
	const translation = quoteLang !== lang ? citation.translation?.[lang] : undefined;
	const details = source ? [source.publisher, source.date].filter(Boolean).join(', ') : '';
	const attribution = source ? (details ? `${source.title} (${details})` : source.title) : citation.source;
	return {
		quote: citation.quote,
		...(quoteLang && { quoteLang }),
		...(translation && { translation }),
		attribution,
		...(source?.url && { url: source.url })
	};
}

/** A citation on one line of plain text: “quote” (translation) — attribution. */
export function citationPlain(citation: Citation, lang: Locale, sources: SourceIndex = {}): string {
	const text = citationText(citation, lang, sources);
	const open = lang === 'fr' ? '« ' : '“';
	const close = lang === 'fr' ? ' »' : '”';
	const translation = text.translation ? ` (${text.translation})` : '';
	return `${open}${text.quote}${close}${translation} — ${text.attribution}`;
}
