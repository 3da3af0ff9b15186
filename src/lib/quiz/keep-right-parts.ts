// "Try again" keeps what the learner already got right and clears the rest, so a second try is
// about the wrong parts only. Pure: (question, input, graded result) → the input to start from.
import type { Graded, LearnerInput, Question } from './types';

export function keepRightParts(question: Question, input: LearnerInput, result: Graded): LearnerInput {
	const right = (id: string) => result.parts[id] === true;
	switch (question.type) {
		case 'multiple':
		case 'evidence':
			return (Array.isArray(input) ? input : []).filter((id) => right(id));
		case 'matching':
		case 'cloze':
		case 'case': {
			const pairs = (input && typeof input === 'object' && !Array.isArray(input) ? input : {}) as Record<string, string | null>;
			return Object.fromEntries(Object.entries(pairs).map(([id, value]) => [id, right(id) ? value : null]));
		}
		// the order is the learner's working material: keep it as it is
		case 'ordering':
			return input;
		// one-part answers: a wrong answer has nothing right to keep
		case 'single':
		case 'truefalse':
			return null;
		case 'short':
		case 'numeric':
			return '';
	}
}
