// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { masteryScore, scoreReport } from './score';

describe('scoreReport: raw score on 0–100, min 0, max 100, passed/failed', () => {
	it.each<[number, boolean, string, 'passed' | 'failed']>([
		[100, true, '100', 'passed'],
		[0, false, '0', 'failed'],
		[70, true, '70', 'passed'],
		[(2 / 3) * 100, false, '66.66', 'failed'],
		[(5 / 6) * 100, true, '83.33', 'passed'],
		[69.999999, false, '69.99', 'failed'],
		[69.9999999999, true, '70', 'passed'],
		[150, true, '100', 'passed'],
		[-3, false, '0', 'failed'],
		[Number.NaN, false, '0', 'failed']
	])('%d %% (passed: %s) → raw %s, %s', (percent, passed, raw, status) => {
		expect(scoreReport({ percent, passed })).toEqual({ raw, min: '0', max: '100', status });
	});

	it('the mastery score is the pass mark on 0–100', () => {
		expect(masteryScore(0.7)).toBe(70);
		expect(masteryScore(0.655)).toBe(65.5);
		expect(masteryScore(1)).toBe(100);
	});
});
