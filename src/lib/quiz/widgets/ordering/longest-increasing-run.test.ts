// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { longestIncreasingSubsequence } from './longest-increasing-run';

describe('longestIncreasingSubsequence', () => {
	it.each<[number[], number]>([
		[[], 0],
		[[7], 1],
		[[0, 1, 2, 3], 4],
		[[3, 2, 1, 0], 1],
		[[0, 2, 1, 3], 3],
		[[3, 0, 1, 2], 3],
		[[1, 0, 3, 2, 5, 4], 3],
		[[2, 2, 2], 1], // strictly increasing
		[[4, 0, 5, 1, 6, 2, 3], 4]
	])('%j → %d', (values, length) => {
		expect(longestIncreasingSubsequence(values)).toBe(length);
	});
});
