import type { Question } from '../types';

/**
 * A wrong answer to a question where one is easy to make: another option, the other truth value,
 * a word or number no key accepts. Undefined (unanswered) for the other types.
 */
export function wrongAnswer(question: Question): unknown {
	switch (question.type) {
		case 'single':
			return question.view.options.find((o) => o.id !== question.key.answer)!.id;
		case 'truefalse':
			return !question.key.answer;
		case 'short':
			return 'zzz';
		case 'numeric':
			return String(question.key.answer + 1000);
		default:
			return undefined;
	}
}
