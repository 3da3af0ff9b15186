import type { Locale } from '$lib/i18n';

const tag = (lang: Locale) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/**
 * 66.666… → "66,7" (fr) / "66.7" (en), as the page shows numbers in its language; the page adds the
 * % sign with the right spacing. (Exports write plain digits instead: export/text.ts, CSV: results-csv.ts.)
 */
export function localizedNumber(value: number, lang: Locale, digits = 1): string {
	return new Intl.NumberFormat(tag(lang), { maximumFractionDigits: digits }).format(value);
}

/** An ISO timestamp in the page's language, in the device's time zone; the text as is if unreadable. */
export function formatDateTime(iso: string, lang: Locale): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(tag(lang), { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
