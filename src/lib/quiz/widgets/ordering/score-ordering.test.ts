// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import { scoreOrdering } from './score-ordering';

// Correct order: i1 i2 i3 i4 i5 (n = 5, so each item in order beyond the first is worth 1/4).
const { key } = samples.ordering;
const allWrong = { i1: false, i2: false, i3: false, i4: false, i5: false };

describe('scoreOrdering', () => {
	it.each<[string, string[], number, Record<string, boolean>]>([
		['the right order', ['i1', 'i2', 'i3', 'i4', 'i5'], 1, { i1: true, i2: true, i3: true, i4: true, i5: true }],
		['reversed: no two items in order', ['i5', 'i4', 'i3', 'i2', 'i1'], 0, { ...allWrong, i3: true }],
		['first item moved to the end: 4 in order', ['i2', 'i3', 'i4', 'i5', 'i1'], 3 / 4, allWrong],
		['two neighbours swapped', ['i2', 'i1', 'i3', 'i4', 'i5'], 3 / 4, { i1: false, i2: false, i3: true, i4: true, i5: true }],
		['two pairs swapped: 3 in order', ['i2', 'i1', 'i4', 'i3', 'i5'], 2 / 4, { ...allWrong, i5: true }],
		['nothing placed', [], 0, allWrong],
		['two placed, in order', ['i1', 'i2'], 1 / 4, { ...allWrong, i1: true, i2: true }],
		['unknown and repeated ids are ignored', ['zz', 'i1', 'i1', 'i2', 'i3', 'i4', 'i5'], 1, { i1: true, i2: true, i3: true, i4: true, i5: true }]
	])('%s', (_, input, score, parts) => {
		const result = scoreOrdering(input, key);
		expect(result.score).toBeCloseTo(score, 12);
		expect(result.correct).toBe(score === 1);
		expect(result.parts).toEqual(parts);
		expect(result.feedback).toEqual([]);
	});

	it('scores a two-item ordering 1 or 0', () => {
		const two = { ...key, order: ['a', 'b'] };
		expect(scoreOrdering(['a', 'b'], two).score).toBe(1);
		expect(scoreOrdering(['b', 'a'], two).score).toBe(0);
	});
});
