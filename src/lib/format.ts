// How the site writes dates and quotations in the page's language, for every page and export. The
// numbers and date-times of the teacher's pages are in format-numbers.ts: kept apart because this
// module is in every island's shared chunk, and those formatters (with their caches) are needed by
// the class results only (about 0.3 KB on every island when they were here).
import type { Locale } from '$lib/i18n';

const tag = (lang: Locale) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** "2025-07" → "juillet 2025" / "July 2025"; "2025-02-06" → "6 février 2025" / "6 February 2025". */
export function formatDate(date: string, lang: Locale): string {
	const [y, m, d] = date.split('-').map(Number);
	const value = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
	const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
	if (m) options.month = 'long';
	if (d) options.day = 'numeric';
	return new Intl.DateTimeFormat(tag(lang), options).format(value);
}

/** Words quoted as each language quotes them: «\u202f…\u202f» in French, “…” in English. */
export function quoted(text: string, lang: Locale): string {
	return lang === 'fr' ? `«\u202f${text}\u202f»` : `“${text}”`;
}
