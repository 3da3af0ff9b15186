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

// A path a teacher hands out: the link copied by the Share button (the real clipboard), and the
// page printed with the path, the outcome and the link written out, without the buttons.
const shareWords = {
	fr: { share: 'Copier le lien vers ce parcours', copied: 'Lien copié.', link: 'Lien vers ce parcours', next: 'Suivant' },
	en: { share: 'Copy the link to this path', copied: 'Link copied.', link: 'Link to this path', next: 'Next' }
} as const;

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: a path copied by Share and printed with its link`, async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.setViewportSize(phone);
		await page.goto(`/${lang}/navigator/`);
		await expect(page.locator('.navigator[data-ready="true"]')).toBeAttached();
		// the first option of each question until the outcome
		for (let i = 0; i < 30 && !(await page.locator('#nav-outcome').count()); i++) {
			await page.locator('.navigator fieldset').first().getByRole('radio').first().check();
			await page.getByRole('button', { name: shareWords[lang].next, exact: true }).click();
		}
		await expect(page.locator('#nav-outcome')).toBeVisible();
		await page.getByRole('button', { name: shareWords[lang].share }).click();
		await expect(page.getByRole('status').filter({ hasText: shareWords[lang].copied })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(page.url());
		expect(copied).toMatch(/#p=[\w-]+$/);

		await page.emulateMedia({ media: 'print' });
		// printed: every answer given, the outcome, and the link in full; no button
		await expect(page.locator('.print-link')).toBeVisible();
		await expect(page.locator('.print-link')).toContainText(`${shareWords[lang].link}`);
		await expect(page.locator('.print-link')).toContainText(copied);
		await expect(page.locator('section.outcome')).toBeVisible();
		// (a role query leaves out what is not displayed)
		await expect(page.getByRole('button')).toHaveCount(0);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(10_000);
	});
}
