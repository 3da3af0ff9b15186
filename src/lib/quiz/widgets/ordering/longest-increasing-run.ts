/**
 * Length of the longest strictly increasing subsequence (patience sorting, O(n log n)).
 * Applied to the correct ranks of the items in the learner's order, it counts the largest set of
 * items the learner put in the right relative order: only the others need moving.
 */
export function longestIncreasingSubsequence(values: number[]): number {
	// tails[k] = smallest last value of an increasing subsequence of length k + 1
	const tails: number[] = [];
	for (const value of values) {
		let low = 0;
		let high = tails.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (tails[middle] < value) low = middle + 1;
			else high = middle;
		}
		tails[low] = value;
	}
	return tails.length;
}
