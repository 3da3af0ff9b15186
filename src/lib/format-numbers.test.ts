import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime, localizedNumber } from './format-numbers';

describe('the page\'s numbers and dates', () => {
	afterEach(() => vi.restoreAllMocks());

	it('writes numbers in the page\'s language, to the digits asked, whichever came first', () => {
		expect(localizedNumber(66.666, 'fr')).toBe('66,7');
		expect(localizedNumber(66.666, 'en')).toBe('66.7');
		expect(localizedNumber(66.666, 'fr', 0)).toBe('67');
		expect(localizedNumber(66.666, 'fr')).toBe('66,7');
	});

	it('writes dates in the page\'s language, and an unreadable date as it is', () => {
		const fr = formatDateTime('2026-11-03T10:20:00.000Z', 'fr');
		const en = formatDateTime('2026-11-03T10:20:00.000Z', 'en');
		expect(fr).toMatch(/^03\/11\/2026/);
		expect(en).toMatch(/^03\/11\/2026/);
		expect(fr).not.toBe(en);
		expect(formatDateTime('not a date', 'en')).toBe('not a date');
	});

	it('makes a formatter once per language, not once per row (300 rows spent 90 ms making them)', () => {
		const made = vi.spyOn(Intl, 'DateTimeFormat');
		for (let i = 0; i < 300; i++) formatDateTime(`2026-11-03T10:${String(i % 60).padStart(2, '0')}:00.000Z`, 'en');
		expect(made.mock.calls.length).toBeLessThanOrEqual(1);
	});
});
