import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages, axePages } from './pages';

// axe on the prerendered pages (read from build/), both languages, in the light and the dark theme:
// every page with markup of its own, and a sample of the pages made from one template (see axePages).
test('the build has pages in both languages', () => {
	expect(allPages.filter((p) => p.startsWith('/fr/')).length).toBeGreaterThan(5);
	expect(allPages.filter((p) => p.startsWith('/en/')).length).toBe(allPages.filter((p) => p.startsWith('/fr/')).length);
});

test('the axe sample covers every kind of page and every module', () => {
	for (const kind of [/\/modules\/[^/]+\/print\/$/, /\/modules\/[^/]+\/quiz\/$/, /\/sources\/[^/]+\/$/, /\/glossary\/$/, /\/teach\/results\/$/])
		for (const lang of ['fr', 'en']) expect(axePages.some((p) => p.startsWith(`/${lang}/`) && kind.test(p)), `${lang} ${kind}`).toBe(true);
	const modules = new Set(allPages.filter((p) => p.includes('/modules/')).map((p) => p.split('/')[3]));
	for (const module of modules) expect(axePages.filter((p) => p.includes(`/modules/${module}/`)).length, module).toBeGreaterThanOrEqual(2 * 2);
});

for (const path of axePages) {
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

// The site has no animation of its own; app.css turns off any animation, transition and smooth
// scrolling for readers who ask for reduced motion. This keeps it so, on pages where something
// changes on screen (theme switch, menu, quiz feedback).
test('reduced motion: nothing animates, transitions or scrolls smoothly', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const moving = () =>
		page.evaluate(() => {
			const found: string[] = [];
			if (!matchMedia('(prefers-reduced-motion: reduce)').matches) found.push('the reduced-motion preference is not seen');
			for (const animation of document.getAnimations()) found.push(`running: ${animation.constructor.name}`);
			for (const element of [document.documentElement, ...document.querySelectorAll('body *')]) {
				const style = getComputedStyle(element);
				const name = `${element.tagName.toLowerCase()}${element.className ? '.' + String(element.className).split(' ')[0] : ''}`;
				if (style.animationName !== 'none') found.push(`${name} animation ${style.animationName}`);
				if (style.transitionDuration.split(',').some((d) => parseFloat(d) > 0)) found.push(`${name} transition ${style.transitionDuration}`);
				if (style.scrollBehavior === 'smooth') found.push(`${name} smooth scrolling`);
			}
			return found;
		});
	for (const path of ['/en/', '/fr/modules/01-jurisdiction/', '/en/progress/', '/fr/teach/', '/en/search/']) {
		await page.goto(path);
		await page.getByRole('button', { name: /theme|thème/i }).first().click();
		expect(await moving(), path).toEqual([]);
	}
	await page.goto('/en/modules/02-cyber/quiz/');
	await expect(page.locator('.quiz[data-ready="true"]')).toBeAttached();
	await page.getByRole('button', { name: 'Check' }).click();
	expect(await moving(), 'quiz').toEqual([]);
});
