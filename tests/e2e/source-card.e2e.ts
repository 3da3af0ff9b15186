import { expect, test } from '@playwright/test';
import { printed } from './print';
import { messages } from '../support/messages';

// The card "How to read a source" (issue 24), as a learner finds it on a phone: from the list of
// sources, five questions in order, then how to say what a claim is; printed, one page on A4 and on
// Letter (the card is made to be pinned up or kept beside the exercises). axe runs on it with every
// page of its own (pages.ts).

for (const lang of ['fr', 'en'] as const) {
	test(`the card "How to read a source", found from the sources and printed on one page (${lang})`, async ({ page }) => {
		const m = messages[lang];
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`/${lang}/sources/`);
		await page.getByRole('link', { name: m.card_link }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/sources/how-to-read/$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.card_title!);
		const questions = page.locator('ol.questions > li h2');
		await expect(questions).toHaveText([1, 2, 3, 4, 5].map((n) => m[`card_q${n}_title`]!));
		await expect(page.getByRole('heading', { name: m.card_then_title })).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(await printed(page)).toEqual({ A4: 1, Letter: 1 });
	});
}
