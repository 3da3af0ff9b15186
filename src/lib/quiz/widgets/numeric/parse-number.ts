// Reads a number the way people type it on a French or English page:
// "1 000" (spaces, no-break or thin spaces group thousands), "2,5" or "2.5" (comma or dot as the
// decimal separator), "−3" (typographic minus). A comma is ALWAYS a decimal separator: "1,000" is 1.
// Returns null when the text is not a number (letters, two separators, badly grouped digits…).

// U+00A0 no-break space, U+202F narrow no-break space (French typography), U+2009 thin space.
const GROUP_SEPARATOR = '[ \\u00A0\\u202F\\u2009]';
const INTEGER = `(?:\\d{1,3}(?:${GROUP_SEPARATOR}\\d{3})+|\\d+)`;
const NUMBER = new RegExp(
	`^([+-]?)(?:(${INTEGER})(?:[.,](\\d*))?|[.,](\\d+))(?:[eE]([+-]?\\d+))?$`,
	'u'
);
const MINUS_SIGNS = /[\u2212\u2012\u2013\uFE63\uFF0D]/gu;

export function parseNumber(text: string): number | null {
	const match = NUMBER.exec(text.trim().replace(MINUS_SIGNS, '-'));
	if (match === null) return null;
	const [, sign = '', integer = '', fraction = '', bareFraction = '', exponent] = match;
	const digits = integer.replace(/\D/g, '') || '0';
	const decimals = fraction || bareFraction;
	const literal = `${sign}${digits}${decimals ? `.${decimals}` : ''}${exponent ? `e${exponent}` : ''}`;
	const value = Number(literal);
	return Number.isFinite(value) ? value : null;
}
