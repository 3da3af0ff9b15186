// Citation shapes and keys, safe to import in the browser (no source texts are pulled in).
import type { Locale } from '$lib/i18n';
import { foldSpace } from './text';

/** A quote as written by an author: in a lesson's <Cite> tag, a quiz, a glossary or a timeline. */
export interface CitationRef {
	source: string;
	quote: string;
	/** the quote's language when it differs from the source's main one */
	lang?: Locale;
	/** our translation into each page language that differs from the quote's */
	translation?: Partial<Record<Locale, string>>;
}

/** What a page needs to render a citation: the quote, where it stands, and who said it. */
export interface ResolvedCitation {
	source: string;
	quote: string;
	quoteLang: Locale;
	translation?: string;
	paragraph: number;
	publisher: string;
	date: string;
	title: string;
}

export function citationKey(source: string, quote: string): string {
	return `${source}\u0000${foldSpace(quote)}`;
}
