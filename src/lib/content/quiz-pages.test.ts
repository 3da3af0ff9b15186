import { describe, expect, it } from 'vitest';
import { createAttempt } from '$lib/quiz/attempt';
import { casesQuizFor, everyQuizPage, firstKeyFileFor, firstQuestionOf, keysFileFor, keysUrl, quizEntries, quizFor, viewsUrl } from './quiz-pages';
import { locales } from '$lib/i18n';
import { bankOf } from './quizzes';
import { joinViews, splitKeys, type QuizViews } from '$lib/quiz/split-keys';
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

// Issue 27: the review and assignment pages do not carry every quiz's questions; their islands
// fetch each module's bank (quiz, then graded cases) from the views files kept offline anyway.
describe('the review and assignment pages’ questions', () => {
	for (const lang of locales) {
		it(`${lang}: each module's bank is exactly what its views files hold, joined in order`, () => {
			// what the prerendered files serve (modules/[slug]/quiz/views.json, navigator/cases/views.json)
			const served = new Map<string, QuizViews>([
				...quizEntries()
					.filter((entry) => entry.lang === lang)
					.map(({ slug }) => [viewsUrl(lang, slug), splitKeys(quizFor(lang, slug).quiz).views] as const),
				[casesQuizFor(lang).viewsUrl, splitKeys(casesQuizFor(lang).quiz).views]
			]);
			const page = everyQuizPage(lang, 'review');
			expect(page.views.map((bank) => bank.module)).toEqual(page.keysUrls.map((url) => url.split('/')[3]));
			page.views.forEach((bank, i) => {
				expect(page.keysUrls[i]).toBe(keysUrl(lang, bank.module));
				const files = page.viewsUrls[i].map((url) => served.get(url)!);
				expect(files.every(Boolean)).toBe(true);
				expect(joinViews(files)).toEqual(bank);
				// the bank has the module's graded cases too: not the quiz page's views.json alone
				expect(bank.questions.length).toBe(bankOf(bank.module)!.questions.length);
			});
			expect(page.viewsUrls.some((urls) => urls.length > 1)).toBe(true);
		});
	}
});
