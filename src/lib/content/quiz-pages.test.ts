import { describe, expect, it } from 'vitest';
import { createAttempt } from '$lib/quiz/attempt';
import { firstKeyFileFor, firstQuestionOf, keysFileFor, quizEntries, quizFor } from './quiz-pages';
import { citationKey } from './citation-types';

// Issue 27: a quiz page's question 1 is drawn on the server and its key comes apart (first-key.json,
// fetched with the questions), so that the first Check does not wait for the whole keys file.
describe('a quiz page’s first key', () => {
	for (const { lang, slug } of quizEntries()) {
		it(`${lang} ${slug}: is the key of question 1 of the page's first attempt, with its citations, and nothing else`, () => {
			const { quiz } = quizFor(lang, slug);
			const { seed, id } = firstQuestionOf(lang, slug);
			expect(createAttempt(quiz, seed).questionOrder[0]).toBe(id);
			expect(['single', 'multiple', 'truefalse']).toContain(quiz.questions.find((q) => q.view.id === id)?.type);

			const first = firstKeyFileFor(lang, slug);
			const whole = keysFileFor(lang, slug);
			expect(Object.keys(first.keys)).toEqual([id]);
			expect(first.keys[id]).toEqual(whole.keys[id]);
			const wanted = [...new Set(whole.keys[id].citations.map((c) => citationKey(c.source, c.quote)))].sort();
			expect(Object.keys(first.citations).sort()).toEqual(wanted);
			for (const key of wanted) expect(first.citations[key]).toEqual(whole.citations[key]);
		});
	}
});
