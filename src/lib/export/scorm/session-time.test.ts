// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatSessionTime, MAX_SESSION_TIME, SESSION_TIME_PATTERN } from './session-time';

// scorm-again's SCORM 1.2 CMITimespan pattern, as the runtime checks it
const SCORM_AGAIN_12 = /^([0-9]+):([0-9]{2}):([0-9]{2})(\.\d{1,2})?$/;

describe('formatSessionTime (SCORM 1.2 CMITimespan, HHHH:MM:SS.SS)', () => {
	it.each<[string, number, string]>([
		['nothing', 0, '0000:00:00.00'],
		['negative (clock change)', -5000, '0000:00:00.00'],
		['not a number', Number.NaN, '0000:00:00.00'],
		['under a hundredth, rounded down', 4, '0000:00:00.00'],
		['a hundredth, rounded up', 5, '0000:00:00.01'],
		['1.234 s', 1234, '0000:00:01.23'],
		['59.999 s carries into the minute', 59_999, '0000:01:00.00'],
		['61 s', 61_000, '0000:01:01.00'],
		['one hour', 3_600_000, '0001:00:00.00'],
		['1 h 2 min 3.45 s', 3_723_450, '0001:02:03.45'],
		['25 hours (no day rollover)', 90_000_000, '0025:00:00.00'],
		['the longest span', ((9999 * 60 + 59) * 60 + 59.99) * 1000, '9999:59:59.99'],
		['beyond 9999 hours', 10_000 * 3_600_000, MAX_SESSION_TIME],
		['infinite', Number.POSITIVE_INFINITY, MAX_SESSION_TIME]
	])('%s: %d ms → %s', (_, milliseconds, expected) => {
		const text = formatSessionTime(milliseconds);
		expect(text).toBe(expected);
		expect(text).toMatch(SESSION_TIME_PATTERN);
		expect(text).toMatch(SCORM_AGAIN_12);
	});

	it('is never ISO 8601 (that is SCORM 2004)', () => {
		for (const milliseconds of [0, 999, 65_000, 7_200_000]) expect(formatSessionTime(milliseconds)).not.toMatch(/^P/);
	});
});
