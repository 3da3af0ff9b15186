import { describe, expect, it } from 'vitest';
import { describeAnswer } from '$lib/describe-answer';
import { grade, keyInput } from '$lib/quiz/grade';
import { leanQuiz } from './lean-quiz';
import { testQuizzes as quizzes } from './test-support/fixtures';

describe('leanQuiz', () => {
	it('grades and describes like the full quiz, in the language kept', () => {
		for (const quiz of quizzes) {
			const lean = leanQuiz(quiz, 'fr');
			expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(quiz).length / 2);
			quiz.questions.forEach((question, index) => {
				const other = lean.questions[index];
				for (const lang of ['fr', 'en'] as const) {
					const input = keyInput(question, lang);
					expect(grade(other, input)).toEqual({ ...grade(question, input), feedback: expect.any(Array) });
				}
				expect(other.view.prompt).toEqual({ fr: question.view.prompt.fr });
				expect(describeAnswer(other, keyInput(question, 'fr'), 'fr')).toEqual(describeAnswer(question, keyInput(question, 'fr'), 'fr'));
			});
		}
	});
});
