import { expect, test, type Page } from '@playwright/test';

// "Can the Court act?" explored (issue 23) as a student on a phone, in both languages, with the
// keyboard alone: each question answered with Tab, the arrow keys and Space, Next with Enter, until
// the outcome, which takes the focus and names the article that decides it; the path is in the
// address, and the address opened in another tab shows the same outcome.
const phone = { width: 390, height: 844 };
const words = {
	fr: { next: 'Suivant', article: /art\.\s*\d+/ },
	en: { next: 'Next', article: /art\.\s*\d+/ }
} as const;

/** Tab until the focus is on `target` (at most 40 presses). */
async function tabTo(page: Page, isTarget: () => Promise<boolean>) {
	for (let i = 0; i < 40 && !(await isTarget()); i++) await page.keyboard.press('Tab');
	expect(await isTarget()).toBe(true);
}

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: a situation walked by keyboard to its outcome, shared as a link and reopened`, async ({ page, context }) => {
		await page.setViewportSize(phone);
		await page.goto(`/${lang}/navigator/`);
		await expect(page.locator('.navigator[data-ready="true"]')).toBeAttached();
		const outcome = page.locator('#nav-outcome');
		let answered = 0;
		for (; answered < 30 && !(await outcome.count()); answered++) {
			const group = page.locator('.navigator fieldset').first();
			await tabTo(page, () => group.getByRole('radio').evaluateAll((els) => els.some((el) => el === document.activeElement)));
			// the second option where there is one (arrow keys move and choose), else the first
			await page.keyboard.press('Space');
			if ((await group.getByRole('radio').count()) > 1) await page.keyboard.press('ArrowDown');
			await expect(group.getByRole('radio', { checked: true })).toHaveCount(1);
			const next = page.getByRole('button', { name: words[lang].next, exact: true });
			await tabTo(page, () => next.evaluate((el) => el === document.activeElement));
			await page.keyboard.press('Enter');
		}
		expect(answered).toBeGreaterThan(1);
		// the outcome takes the focus, and says which article decides it
		await expect(outcome).toBeFocused();
		const section = page.locator('section.outcome');
		await expect(section).toContainText(words[lang].article);
		const verdict = (await outcome.innerText()).trim();
		// the path is in the address: opened in another tab, it shows the same outcome
		expect(page.url()).toMatch(/#p=[\w-]+$/);
		const other = await context.newPage();
		await other.goto(page.url());
		await expect(other.locator('#nav-outcome')).toHaveText(verdict);
		// a link that is not a path says so, in the page's language, and the navigator starts again
		await other.goto(`/${lang}/navigator/#p=zz-99`);
		await expect(other.getByRole('alert')).toBeVisible();
		await expect(other.locator('.navigator fieldset').first()).toBeVisible();
	});
}
