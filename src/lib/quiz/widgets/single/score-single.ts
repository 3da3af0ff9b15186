// Single choice: 1 if the chosen option is the answer, else 0. No partial credit.
// parts: the chosen option and the answer, each true only when they are the same option.
// feedback: the chosen option id, when the key has feedback for it.
import { graded } from '../../result';
import type { Graded, SingleInput, SingleKey } from '../../types';

export function scoreSingle(input: SingleInput, key: SingleKey): Graded {
	const correct = input === key.answer;
	const parts: Record<string, boolean> = { [key.answer]: correct };
	if (input !== null) parts[input] = correct;
	const feedback = input !== null && Object.hasOwn(key.feedback, input) ? [input] : [];
	return graded(correct ? 1 : 0, parts, feedback);
}
