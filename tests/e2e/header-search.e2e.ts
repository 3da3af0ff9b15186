import { expect, test } from '@playwright/test';

// The slim header (issue 20): one line, at most 64 px tall, on a laptop and on a phone, in both
// languages; its Modules menu opens without JavaScript; search results open with the words marked.
for (const [width, lang] of [
	[1280, 'fr'],
	[1280, 'en'],
	[390, 'fr'],
	[390, 'en'],
	[320, 'fr']
] as const) {
	test(`the header is one line at most 64 px tall at ${width} px (${lang})`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(`/${lang}/glossary/`);
		const header = page.locator('header.site');
		expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
		// nothing else between it and the page's content (the navigation is inside it)
		expect(await page.locator('main').evaluate((main) => main.previousElementSibling?.matches('header.site'))).toBe(true);
		// everything in it sits on the same line
		const tops = await header.locator('.bar > *').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
		expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
		await expect(page.getByRole('link', { name: lang === 'fr' ? 'Read this page in English' : 'Lire cette page en français' })).toBeVisible();
		await expect(page.getByRole('button', { name: lang === 'fr' ? 'Thème sombre' : 'Dark theme' })).toBeVisible();
		await expect(page.getByRole('link', { name: lang === 'fr' ? 'Rechercher' : 'Search' }).first()).toBeVisible();
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the Modules menu opens and lists the four modules, the current page marked', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto('/en/glossary/');
		const menu = page.getByRole('navigation', { name: 'Main navigation' });
		await expect(menu.getByRole('link', { name: /Rome Statute and cyber/ })).toBeHidden();
		await menu.getByText('Modules').click();
		await expect(menu.locator('ol.modules > li')).toHaveCount(4);
		await expect(menu.getByRole('link', { name: /Rome Statute and cyber/ })).toBeVisible();
		await expect(menu.getByRole('link', { name: 'Glossary' })).toHaveAttribute('aria-current', 'page');
	});
});

test('Escape closes the Modules menu and gives the focus back to it', async ({ page }) => {
	await page.goto('/fr/');
	// the enhance module has run (it closes menus on Escape, then starts the page's islands): the
	// theme button's aria-pressed, drawn by the server too, said nothing of it (failed under load)
	await expect(page.locator('[data-island="due-today"]')).toHaveAttribute('data-hydrated', '');
	const summary = page.locator('details[data-menu] > summary');
	await summary.click();
	await expect(page.locator('details[data-menu]')).toHaveAttribute('open', '');
	await page.keyboard.press('Escape');
	await expect(page.locator('details[data-menu]')).not.toHaveAttribute('open', '');
	await expect(summary).toBeFocused();
});

test('a search result opens with the words searched for highlighted', async ({ page }) => {
	await page.goto('/fr/search/?q=compl%C3%A9mentarit%C3%A9');
	const first = page.locator('.hits a').first();
	await expect(first).toHaveAttribute('href', /\?highlight=compl%C3%A9mentarit%C3%A9/);
	await first.click();
	await expect.poll(() => page.evaluate(() => CSS.highlights.get('search')?.size ?? 0)).toBeGreaterThan(0);
	const marked = await page.evaluate(() => [...CSS.highlights.get('search')!].map((r) => (r as Range).toString().toLowerCase()));
	expect(new Set(marked)).toEqual(new Set(['complémentarité']));
});

// The sources have an index of their own (issue 27), merged into the lessons' online: a word only
// a primary text has is found, on its source page. « planification » is in article 8 bis of the
// Rome Statute (French text), « impermissible » in article 21 (English text); no lesson has either
// word (lessons come up too, by their stems: « planifier », "permissible").
for (const [lang, word, source] of [
	['fr', 'planification', '/fr/sources/rome-statute-fr-cyber/'],
	['en', 'impermissible', '/en/sources/rome-statute-en/']
] as const) {
	test(`online, search finds a word only a source page has (${lang})`, async ({ page }) => {
		await page.goto(`/${lang}/search/?q=${word}`);
		const hits = page.locator('.hits a');
		await expect(hits.first()).toBeVisible({ timeout: 15_000 });
		const paths = await hits.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(paths).toContain(source);
		// and the results do not say the sources were left out
		await expect(page.getByText(lang === 'fr' ? /ne porte pas sur les sources/ : /leaves out the sources/)).toHaveCount(0);
	});
}
