// Ordering, with n items: score = (L − 1) / (n − 1), where L is the length of the longest
// subsequence of items that are in the correct relative order. Sorted: 1. Reversed: 0. One item
// misplaced among 5: 0.75. (For n < 2, which the schema forbids, 1 if the order is right.)
// parts: each item id → true when the item stands at its correct position.
// Ids not in the key and repeated ids (a stale or tampered input) are ignored.
// feedback: none.
import { graded } from '../../result';
import type { Graded, OrderingInput, OrderingKey } from '../../types';
import { longestIncreasingSubsequence } from './longest-increasing-run';

export function scoreOrdering(input: OrderingInput, key: OrderingKey): Graded {
	const rank = new Map(key.order.map((id, index) => [id, index]));
	const placed = [...new Set(input)].filter((id) => rank.has(id));
	const parts: Record<string, boolean> = {};
	for (const [index, id] of key.order.entries()) parts[id] = placed[index] === id;
	const n = key.order.length;
	if (n < 2) return graded(n === 1 && placed[0] === key.order[0] ? 1 : 0, parts);
	const inOrder = longestIncreasingSubsequence(placed.map((id) => rank.get(id) ?? 0));
	return graded((inOrder - 1) / (n - 1), parts);
}
