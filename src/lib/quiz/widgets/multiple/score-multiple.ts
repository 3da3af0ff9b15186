// Multiple choice ("select all that apply"), with n = number of correct options:
// each correct option chosen earns +1/n, each wrong option chosen costs −1/n; clamped to [0, 1].
// So choosing everything does not earn the marks, and the score is 1 only for the exact set.
// parts: every option chosen or to be chosen → true when its state (chosen or not) is right.
// feedback: the chosen option ids that have feedback, in the order chosen.
import { graded } from '../../result';
import type { Graded, MultipleInput, MultipleKey } from '../../types';

export function scoreMultiple(input: MultipleInput, key: MultipleKey): Graded {
	const right = new Set(key.answer);
	const chosen = new Set(input); // a repeated id counts once
	let earned = 0;
	const parts: Record<string, boolean> = {};
	for (const id of chosen) {
		const isRight = right.has(id);
		earned += isRight ? 1 : -1;
		parts[id] = isRight;
	}
	for (const id of right) if (!chosen.has(id)) parts[id] = false;
	const feedback = [...chosen].filter((id) => Object.hasOwn(key.feedback, id));
	return graded(right.size === 0 ? 0 : earned / right.size, parts, feedback);
}
