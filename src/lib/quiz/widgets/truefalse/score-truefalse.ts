// True/false: 1 if the choice is the answer, else 0.
// parts: { answer }. feedback: 'true' or 'false', the key of the feedback written for that choice.
import { graded } from '../../result';
import type { Graded, TrueFalseInput, TrueFalseKey } from '../../types';

export function scoreTrueFalse(input: TrueFalseInput, key: TrueFalseKey): Graded {
	const correct = input === key.answer;
	const feedback = typeof input === 'boolean' ? [String(input)] : [];
	return graded(correct ? 1 : 0, { answer: correct }, feedback);
}
