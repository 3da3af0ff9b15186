import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from './pages';

// axe on every prerendered page, both languages (the page list is read from build/), in the light
// and the dark theme.
test('the build has pages in both languages', () => {
	expect(allPages.filter((p) => p.startsWith('/fr/')).length).toBeGreaterThan(5);
	expect(allPages.filter((p) => p.startsWith('/en/')).length).toBe(allPages.filter((p) => p.startsWith('/fr/')).length);
});

for (const path of allPages.filter((p) => p !== '/')) {
	test(`axe: ${path} (light and dark)`, async ({ page }) => {
		const problems: string[] = [];
		for (const theme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: theme });
			if (theme === 'light') await page.goto(path);
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			for (const v of results.violations) problems.push(`${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		}
		expect(problems).toEqual([]);
	});
}

test('axe: the language chooser at /', async ({ browser }) => {
	// No preferred language known to the site: the chooser stays on screen.
	const context = await browser.newContext({ locale: 'de-DE' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
	await context.close();
});
