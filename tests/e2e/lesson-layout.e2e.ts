import { expect, test } from '@playwright/test';

// A lesson's blocks far from the screen are laid out only when the reader scrolls near them
// (content-visibility, in the lesson page's styles). Nothing of the lesson may be lost for that:
// printed, it is whole; read on screen, every part is drawn once scrolled to.
// Module 4 is still one long lesson on this branch (modules 1–3 are in steps, each step a short
// page); once it is in steps too, no long lesson is left and this test goes with them.
const lesson = '/en/modules/04-pressure/';
const unrendered = (page: import('@playwright/test').Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('main h2[id]')].filter((h) => !h.checkVisibility({ contentVisibilityAuto: true })).map((h) => h.id)
	);

test('a long lesson is printed whole, though its far parts are not drawn until needed on screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto(lesson);
	expect((await unrendered(page)).length).toBeGreaterThan(0); // the saving is there on screen
	await page.emulateMedia({ media: 'print' });
	expect(await unrendered(page)).toEqual([]);
});

test('each part of a long lesson is drawn, and in its place, when the reader goes to it', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	// From the glossary page to a module's glossary, at the end of the lesson.
	await page.goto('/en/glossary/');
	await page.locator('a[href$="/modules/04-pressure/#glossary"]').first().click();
	await expect(page).toHaveURL(/\/modules\/04-pressure\/#glossary$/);
	await expect(page.locator('#glossary')).toBeInViewport();
	expect(await unrendered(page)).not.toContain('glossary');
	// Scrolled to, the sources at the very end are drawn and readable.
	await page.locator('#module-sources').evaluate((heading) => heading.scrollIntoView());
	await expect(page.locator('#module-sources')).toBeInViewport();
	await expect(page.locator('#module-sources + ul a').first()).toBeVisible();
});
