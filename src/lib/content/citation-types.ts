// The citation, its resolved form and its key, safe to import in the browser (no source texts are
// pulled in). `Citation` is the one shape of a quote as authored, wherever it is written: a
// lesson's <Cite> tag, a quiz question, a glossary entry, a timeline date (validate.ts's schema is
// typed by it); the quiz model (src/lib/quiz/types.ts) re-exports it.
import type { Locale } from '../i18n';
import { foldSpace } from './text';

/** A quote as written by an author: in a lesson's <Cite> tag, a quiz, a glossary or a timeline. */
export interface Citation {
	/** id in sources/catalog.yaml */
	source: string;
	/** verbatim passage of the source */
	quote: string;
	/** the quote's language when it differs from the source's main one */
	lang?: Locale;
	/** our translation into each page language that differs from the quote's */
	translation?: Partial<Record<Locale, string>>;
}

/** A Citation checked against its source for one page language: what a page needs to render it (where it stands, who said it). */
export interface ResolvedCitation {
	source: string;
	quote: string;
	quoteLang: Locale;
	translation?: string;
	paragraph: number;
	publisher: string;
	/** the short attribution a citation marker shows ("Rome Statute", "TRT"), in the page language */
	short: string;
	date: string;
	title: string;
}

export function citationKey(source: string, quote: string): string {
	return `${source}\u0000${foldSpace(quote)}`;
}
