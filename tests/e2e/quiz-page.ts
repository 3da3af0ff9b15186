import { expect, type Page } from '@playwright/test';
import { messages } from '../support/messages';

/**
 * A module's quiz page opened as a learner opens it: question 1 is on screen at once, without Start
 * (issue 27). `mode: 'test'` opens the fold above question 1 and ticks Test, as a learner who wants
 * the feedback at the end does. Resolves once the quiz has read the device (its Check works).
 */
export async function openQuiz(page: Page, path: string, { mode }: { mode?: 'test' } = {}): Promise<void> {
	const lang = path.startsWith('/fr/') || path.includes('/fr/') ? 'fr' : 'en';
	const m = messages[lang];
	await page.goto(path);
	await expect(page.locator('.quiz[data-ready="true"]')).toHaveCount(1);
	if (mode === 'test') {
		await page.locator('.quiz .about summary').click();
		await page.getByLabel(m.quiz_mode_test!).check();
	}
}
