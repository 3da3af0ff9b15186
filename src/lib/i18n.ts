// The site's two languages. Paraglide (src/lib/paraglide, generated from messages/*.json) holds the
// UI strings; this module holds what routing and content need to know about the languages.
export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export type Localized = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
	return value === 'fr' || value === 'en';
}

export function otherLocale(locale: Locale): Locale {
	return locale === 'fr' ? 'en' : 'fr';
}

/** The same page in another language: the path's first segment is the language. */
export function switchLocalePath(pathname: string, to: Locale): string {
	const rest = pathname.replace(/^\/(fr|en)(?=\/|$)/, '');
	return `/${to}${rest || '/'}`;
}
