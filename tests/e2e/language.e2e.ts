import { expect, test } from '@playwright/test';

test('/ sends an English-speaking browser to /en/ and a French-speaking one to /fr/', async ({ browser }) => {
	for (const [locale, expected] of [
		['en-GB', '/en/'],
		['fr-CA', '/fr/']
	]) {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(new RegExp(`${expected}$`));
		await context.close();
	}
});

test('the language switch keeps the page and the section being read', async ({ page }) => {
	// a module's whole lesson on one page (its print page: each step a section, its id the step's,
	// the same in both languages); a single step is tested in lesson-steps.e2e.ts
	await page.goto('/fr/');
	await page.locator('.modules > li h3 a').nth(2).click();
	await page.getByRole('link', { name: 'Toute la leçon sur une page' }).click();
	await expect(page).toHaveURL(/\/fr\/modules\/[^/]+\/print\/$/);
	const path = new URL(page.url()).pathname;
	// Scroll a step's heading to the top, then switch.
	const heading = page.locator('section.step h2[id]').nth(1);
	const id = await heading.getAttribute('id');
	await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await expect(page).toHaveURL(path.replace('/fr/', '/en/') + `#${id}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('following a citation highlights the paragraph that holds the quote', async ({ page }) => {
	await page.goto('/fr/');
	// module 3's first step: a citation is a marker that opens on its quote
	await page.locator('.modules > li h3 a').nth(2).click();
	await page.locator('ol.steps a').first().click();
	const marker = page.locator('details.cite-marker').first();
	await marker.locator(':scope > summary').click();
	const cite = marker.locator('figure.cite');
	const quote = (await cite.locator('blockquote').innerText()).replace(/[«»“”\u202f]/g, '').trim();
	// who said it and when, then the link, set apart by a spaced dot
	await expect(cite.locator('figcaption')).toHaveText(/\S \u00b7 \S/);
	await cite.locator('figcaption a').click();
	await expect(page).toHaveURL(/\/sources\/[^/]+\/#p\d+$/);
	const target = page.locator(':target');
	await expect(target).toBeVisible();
	const text = (await target.innerText()).replace(/\s+/g, ' ');
	expect(text).toContain(quote.replace(/\s+/g, ' ').slice(0, 30));
	const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('the theme toggle is remembered on the device', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/en/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
	// The saved theme is applied by the page's inline script, before the first paint, not by the
	// deferred enhance module (src/lib/head/enhance.ts): without it the page still comes up dark.
	await page.route('**/_app/immutable/enhance.*.js', (route) => route.abort());
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// The toggle's icon shows the theme in use from the start too (CSS, not the script).
	const toggleIcon = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggleIcon).toContainText('☾', { useInnerText: true });
	await expect(toggleIcon).not.toContainText('☀', { useInnerText: true });
});

test('a press on the theme switch before the page’s scripts have run is kept and carried out when they have', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/enhance.*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/en/', { waitUntil: 'domcontentloaded' });
	await page.getByRole('button', { name: 'Dark theme' }).click();
	// nothing yet: the switch is the enhance module's
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
	release();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
	expect(await page.evaluate(() => localStorage.getItem('icc:theme'))).toBe('dark');
	// and from then on each press switches once
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('with no saved choice, the toggle’s icon follows the system theme before any script runs', async ({ page }) => {
	await page.route('**/_app/immutable/enhance.*.js', (route) => route.abort());
	for (const [scheme, shown, hidden] of [['dark', '☾', '☀'], ['light', '☀', '☾']] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/fr/');
		const toggle = page.getByRole('button', { name: /thème/i });
		await expect(toggle).toContainText(shown, { useInnerText: true });
		await expect(toggle).not.toContainText(hidden, { useInnerText: true });
	}
});
