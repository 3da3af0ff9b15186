import { expect, test } from '@playwright/test';
import type { QuestionOf } from '../../src/lib/quiz/types';
import { siteContent } from '../support/content';
import { messages } from '../support/messages';
import { checksFile } from '../support/quiz-file';
import { press, tabTo } from './keyboard';

// Module 4 in steps (issue 22) on a phone, by keyboard, in both languages: the step on the
// Prosecutor's mailbox told by several outlets, read at 390 px with nothing wider than the screen,
// and its evidence check answered (Tab to each key sentence, Space, then Check): graded right in
// place, each chosen sentence's own feedback shown.
const checks = checksFile('04-pressure');
/** The step's evidence check: the step as the site reads it (its frontmatter's checks), the check from checks.yaml. */
async function evidenceCheck(): Promise<QuestionOf<'evidence'> | undefined> {
	const { content } = await siteContent('index');
	const step = content.modules.find((m) => m.slug === '04-pressure')?.steps.en.find((s) => s.id === 'several-accounts');
	return checks.find((q): q is QuestionOf<'evidence'> => !!step?.checks.includes(q.view.id) && q.type === 'evidence');
}
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const lang of ['fr', 'en'] as const) {
	test(`module 4 on a phone (${lang}): the several-accounts step, its evidence check answered by keyboard`, async ({ page }) => {
		const m = messages[lang];
		const question = (await evidenceCheck())!;
		expect(question, 'the several-accounts step has an evidence check').toBeDefined();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`/${lang}/modules/04-pressure/several-accounts/`);
		await expect(page.locator('article h1')).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);

		await page.locator('.step-checks').scrollIntoViewIfNeeded();
		const check = page.locator(`.step-checks[data-ready="true"] .check[data-question-id="${question.view.id}"]`);
		await expect(check).toBeVisible();
		await expect(check).toContainText(fold(question.view.claim[lang]));
		await expect(check.getByRole('checkbox')).toHaveCount(question.view.sentences.length);

		const box = (id: string) => check.locator(`input[type="checkbox"][value="${id}"]`);
		for (const id of question.key.answer) {
			await tabTo(page, box(id), 400);
			await page.keyboard.press('Space');
			await expect(box(id)).toBeChecked();
		}
		await press(page, check.getByRole('button', { name: m.quiz_check, exact: true }));
		await expect(check.locator('.verdict')).toContainText(m.quiz_correct!);
		for (const id of question.key.answer) {
			await expect(check).toContainText(fold(question.key.feedback[id]![lang]));
		}
	});
}
