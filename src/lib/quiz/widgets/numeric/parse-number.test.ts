// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number';

describe('parseNumber', () => {
	it.each<[string, number]>([
		['125', 125],
		['  125 ', 125],
		['0', 0],
		['1 000', 1000],
		['1\u00a0000', 1000],
		['1\u202f000,5', 1000.5],
		['12 345 678', 12345678],
		['2,5', 2.5],
		['2.5', 2.5],
		['-3', -3],
		['−3', -3],
		['+4', 4],
		[',5', 0.5],
		['.5', 0.5],
		['3.', 3],
		['-1 000,25', -1000.25],
		['1e3', 1000],
		['1,5e-3', 0.0015],
		// a comma is always a decimal separator, on English pages too
		['1,000', 1]
	])('%j → %d', (text, value) => {
		expect(parseNumber(text)).toBe(value);
	});

	it.each(['', '   ', 'abc', '12a', '12 ans', '1,2,3', '1.2.3', '1,000.5', '1 00', '10 00', '1  000', 'Infinity', 'NaN', '0x10', '--1', '1e400', '-', ','])(
		'%j is not a number',
		(text) => {
			expect(parseNumber(text)).toBeNull();
		}
	);
});
