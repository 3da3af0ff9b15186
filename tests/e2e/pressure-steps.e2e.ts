import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { press, tabTo } from './keyboard';

// Module 4 in steps (issue 22) on a phone, by keyboard, in both languages: the step on the
// Prosecutor's mailbox told by several outlets, read at 390 px with nothing wider than the screen,
// and its evidence check answered (Tab to each key sentence, Space, then Check): graded right in
// place, each chosen sentence's own feedback shown.
const root = join(import.meta.dirname, '../..');
const messages = {
	fr: JSON.parse(readFileSync(join(root, 'messages/fr.json'), 'utf8')) as Record<string, string>,
	en: JSON.parse(readFileSync(join(root, 'messages/en.json'), 'utf8')) as Record<string, string>
};
type Sentence = { id: string; feedback: Record<'fr' | 'en', string> };
type EvidenceCheck = { id: string; type: string; claim: Record<'fr' | 'en', string>; sentences: Sentence[]; answer: string[] };
const checks = (parse(readFileSync(join(root, 'lessons/04-pressure/checks.yaml'), 'utf8')) as { questions: EvidenceCheck[] }).questions;
const step = readFileSync(join(root, 'lessons/04-pressure/steps/06-several-accounts/en.md'), 'utf8');
const stepChecks = /^checks: \[(.*)\]$/m.exec(step)![1]!.split(',').map((id) => id.trim());
const question = checks.find((q) => stepChecks.includes(q.id) && q.type === 'evidence')!;
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const lang of ['fr', 'en'] as const) {
	test(`module 4 on a phone (${lang}): the several-accounts step, its evidence check answered by keyboard`, async ({ page }) => {
		const m = messages[lang];
		expect(question, 'the several-accounts step has an evidence check').toBeDefined();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`/${lang}/modules/04-pressure/several-accounts/`);
		await expect(page.locator('article h1')).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);

		await page.locator('.step-checks').scrollIntoViewIfNeeded();
		const check = page.locator(`.step-checks[data-ready="true"] .check[data-question-id="${question.id}"]`);
		await expect(check).toBeVisible();
		await expect(check).toContainText(fold(question.claim[lang]));
		await expect(check.getByRole('checkbox')).toHaveCount(question.sentences.length);

		const box = (id: string) => check.locator(`input[type="checkbox"][value="${id}"]`);
		for (const id of question.answer) {
			await tabTo(page, box(id), 400);
			await page.keyboard.press('Space');
			await expect(box(id)).toBeChecked();
		}
		await press(page, check.getByRole('button', { name: m.quiz_check, exact: true }));
		await expect(check.locator('.verdict')).toContainText(m.quiz_correct!);
		for (const id of question.answer) {
			await expect(check).toContainText(fold(question.sentences.find((s) => s.id === id)!.feedback[lang]));
		}
	});
}
