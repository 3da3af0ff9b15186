// Cloze (fill the blanks from a list): score = share of the blanks filled with their right option
// (each blank weighs 1/n, n = number of blanks). parts: each blank id → right or not. feedback: none.
import { graded, shareTrue } from '../../result';
import type { ClozeInput, ClozeKey, Graded } from '../../types';

export function scoreCloze(input: ClozeInput, key: ClozeKey): Graded {
	const parts: Record<string, boolean> = {};
	for (const [blank, option] of Object.entries(key.answer)) {
		parts[blank] = Object.hasOwn(input, blank) && input[blank] === option;
	}
	return graded(shareTrue(Object.values(parts)), parts);
}
