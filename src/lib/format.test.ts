// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate, quoted } from './format';

describe('formatDate', () => {
	it('writes a year, a month or a day in each language', () => {
		expect(formatDate('2025', 'fr')).toBe('2025');
		expect(formatDate('2025-07', 'fr')).toBe('juillet 2025');
		expect(formatDate('2025-02-06', 'fr')).toBe('6 février 2025');
		expect(formatDate('2025-02-06', 'en')).toBe('6 February 2025');
		expect(formatDate('2025-07', 'en')).toBe('July 2025');
		expect(formatDate('2025', 'en')).toBe('2025');
		expect(formatDate('2025-07', 'fr')).toBe('juillet 2025');
	});

	it('says what Intl says for fr-FR and en-GB, for every month, a month alone and a day', () => {
		for (const [lang, tag] of [['fr', 'fr-FR'], ['en', 'en-GB']] as const) {
			for (let month = 1; month <= 12; month++) {
				const mm = String(month).padStart(2, '0');
				for (const day of [1, 9, 28]) {
					const intl = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(Date.UTC(2025, month - 1, day)));
					expect(formatDate(`2025-${mm}-${String(day).padStart(2, '0')}`, lang)).toBe(intl);
				}
				const intl = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(new Date(Date.UTC(2025, month - 1, 1)));
				expect(formatDate(`2025-${mm}`, lang)).toBe(intl);
			}
		}
	});

	it('is the calendar date written, in any time zone of the machine (UTC)', () => {
		expect(formatDate('2025-01-01', 'en')).toBe('1 January 2025');
		expect(formatDate('2025-12-31', 'fr')).toBe('31 décembre 2025');
	});
});

describe('quoted', () => {
	it('quotes the French way in French, the English way in English', () => {
		expect(quoted('mot', 'fr')).toBe('«\u202fmot\u202f»');
		expect(quoted('word', 'en')).toBe('“word”');
	});

	it('does not double the marks of words that open on their own (a definition quoting its term)', () => {
		const definition = '“Attack directed against any civilian population” means a course of conduct';
		expect(quoted(definition, 'en')).toBe(definition);
		expect(quoted('"Crime" means', 'en')).toBe('"Crime" means');
		expect(quoted('« Crime » désigne', 'fr')).toBe('« Crime » désigne');
	});

	it('nests English marks inside French ones, as French does', () => {
		expect(quoted('“Attack” means', 'fr')).toBe('«\u202f“Attack” means\u202f»');
	});
});
