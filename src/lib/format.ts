// How the site writes dates and quotations in the page's language, for every page and export. The
// numbers and date-times of the teacher's pages are in format-numbers.ts: kept apart because this
// module is in every island's shared chunk, and those formatters (with their caches) are needed by
// the class results only (about 0.3 KB on every island when they were here).
import type { Locale } from '$lib/i18n';

// Month names written here rather than asked of Intl.DateTimeFormat: the first formatter a page
// makes loads the language's calendar data, about 100 ms on a slow phone, and a step's first Check
// made one (a citation's date in its feedback) while the learner waited for the verdict (issue 27).
// The words are Intl's own for fr-FR and en-GB (format.test.ts compares them, month by month).
const MONTHS: Record<Locale, readonly string[]> = {
	fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
};

/** "2025-07" → "juillet 2025" / "July 2025"; "2025-02-06" → "6 février 2025" / "6 February 2025". */
export function formatDate(date: string, lang: Locale): string {
	const [y, m, d] = date.split('-').map(Number);
	if (!m) return String(y);
	const month = MONTHS[lang][m - 1];
	return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/**
 * Words quoted as each language quotes them: «\u202f…\u202f» in French, “…” in English. Words that
 * open on that same mark themselves (a definition quoting its term: “Attack directed against any
 * civilian population” means…) are given as they are: ours would double the source's (““Attack…),
 * which reads as a typo. French nests “…” inside «…», as it should.
 */
export function quoted(text: string, lang: Locale): string {
	if (lang === 'fr') return text.startsWith('«') ? text : `«\u202f${text}\u202f»`;
	return /^[“"]/.test(text) ? text : `“${text}”`;
}
