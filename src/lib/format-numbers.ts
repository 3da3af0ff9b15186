// The numbers and date-times of the teacher's pages (class results, the assignment sheet), in the
// page's language, their Intl formatters made once (dates of lessons and sources: format.ts).
import type { Locale } from '$lib/i18n';

const tag = (lang: Locale) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

// Made once per language (and number of digits): making an Intl formatter costs far more than
// formatting with it, and class results format a date per row and numbers per chart bar (300
// receipts spent 90 ms making date formatters).
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * Makes the page's formatters (and the plural rules its messages use) ahead of need, in a task of
 * its own: the first Intl object of a language loads that language's data, 60-70 ms on a slow
 * machine, which fell in the task that drew the class results.
 */
export function warmFormats(lang: Locale): void {
	formatDateTime(new Date(0).toISOString(), lang);
	localizedNumber(0, lang);
	new Intl.PluralRules(lang).select(1);
}

/**
 * 66.666… → "66,7" (fr) / "66.7" (en), as the page shows numbers in its language; the page adds the
 * % sign with the right spacing. (Exports write plain digits instead: export/text.ts, CSV: results-csv.ts.)
 */
export function localizedNumber(value: number, lang: Locale, digits = 1): string {
	const key = `${lang} ${digits}`;
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(tag(lang), { maximumFractionDigits: digits })));
	return format.format(value);
}

/** An ISO timestamp in the page's language, in the device's time zone; the text as is if unreadable. */
export function formatDateTime(iso: string, lang: Locale): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	let format = dateTimeFormats.get(lang);
	if (!format) dateTimeFormats.set(lang, (format = new Intl.DateTimeFormat(tag(lang), { dateStyle: 'short', timeStyle: 'short' })));
	return format.format(date);
}
