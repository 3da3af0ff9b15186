// Matching: score = share of the items matched to their right target (each pair weighs 1/n,
// n = number of items; extra distractor targets do not count). No penalty beyond the missed pair.
// parts: each item id → true when its pair is right. feedback: none.
import { graded, shareTrue } from '../../result';
import type { Graded, MatchingInput, MatchingKey } from '../../types';

export function scoreMatching(input: MatchingInput, key: MatchingKey): Graded {
	const parts: Record<string, boolean> = {};
	for (const [item, target] of Object.entries(key.answer)) {
		parts[item] = Object.hasOwn(input, item) && input[item] === target;
	}
	return graded(shareTrue(Object.values(parts)), parts);
}
