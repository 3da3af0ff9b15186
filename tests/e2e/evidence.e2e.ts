import { expect, test } from '@playwright/test';
import type { QuestionOf } from '../../src/lib/quiz/types';
import { quizFile } from '../support/quiz-file';
import { press, tabTo } from './keyboard';
import { messages } from '../support/messages';
import { openOneQuestion } from './one-question';

// An evidence question (issue 24) on a phone, by keyboard alone, in both languages: a teacher's
// assignment of that one question (the same QuizRunner as the module's quiz), a wrong sentence
// first (partly right, its feedback shown, nothing given away), then "Try again" and the key.
// one source exercise of each module that has them: module 4's (the Court's page on Ukraine) and
// module 3's (the order's own preamble, issue 22)
const exercises = [
	{ module: '04-pressure', id: 'ev-ukraine-not-party', from: { fr: 'CPI, situation en Ukraine', en: 'ICC, Ukraine situation' } },
	{ module: '03-sanctions', id: 's-preamble-evidence', from: { fr: 'Décret 14203 (États-Unis)', en: 'Executive Order 14203' } }
] as const;
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const exercise of exercises)
for (const lang of ['fr', 'en'] as const) {
	const question = quizFile(exercise.module).questions.find((q) => q.view.id === exercise.id) as QuestionOf<'evidence'>;
	test(`an evidence question of ${exercise.module} answered by keyboard at 390 px (${lang})`, async ({ page }) => {
		const m = messages[lang];
		await page.setViewportSize({ width: 390, height: 844 });
		await openOneQuestion(page, lang, exercise.module, question.view.id);

		const group = page.getByRole('group', { name: fold(question.view.prompt[lang]) });
		await expect(group).toBeVisible();
		// the claim, the task and where the passage comes from are said with it
		await expect(group).toContainText(fold(question.view.claim[lang]));
		await expect(group).toContainText(exercise.from[lang]);
		const boxes = group.getByRole('checkbox');
		await expect(boxes).toHaveCount(question.view.sentences.length);
		// nothing wider than the phone
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);

		// Check with nothing selected: incomplete, not wrong
		await press(page, page.getByRole('button', { name: m.quiz_check }));
		await expect(page.getByRole('alert')).toHaveText(m.evidence_invalid_no_sentence!);

		// a sentence outside the key and the key sentence, by Tab and Space
		const key = question.key.answer[0]!;
		const wrong = question.view.sentences.find((s) => !question.key.answer.includes(s.id))!;
		const box = (id: string) => group.locator(`input[type="checkbox"][value="${id}"]`);
		await tabTo(page, box(wrong.id));
		await page.keyboard.press('Space');
		await tabTo(page, box(key));
		await page.keyboard.press('Space');
		await expect(box(key)).toBeChecked();
		await press(page, page.getByRole('button', { name: m.quiz_check }));
		// partly right: the wrong sentence's feedback is shown; the key sentence's own marks it right
		await expect(group).toContainText(fold(question.key.feedback[wrong.id]![lang]));
		await expect(group).toContainText(fold(question.key.feedback[key]![lang]));

		// try again: the right sentence is kept, the wrong one cleared; then only the key
		await press(page, page.getByRole('button', { name: new RegExp(`^${m.quiz_try_again}`) }));
		await expect(box(key)).toBeChecked();
		await expect(box(wrong.id)).not.toBeChecked();
		// the other key sentences, if the key has more than one
		for (const id of question.key.answer.slice(1)) {
			await tabTo(page, box(id));
			await page.keyboard.press('Space');
		}
		await press(page, page.getByRole('button', { name: m.quiz_check }));
		await expect(page.getByRole('heading', { name: new RegExp(m.quiz_correct!) }).first()).toBeVisible();
	});
}
