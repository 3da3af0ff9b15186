import { expect, test } from '@playwright/test';
import { allPages } from './pages';

// Each URL is a real HTML file that reads well before any JavaScript runs.
test.use({ javaScriptEnabled: false });

test('home pages list the modules in each language', async ({ page }) => {
	await page.goto('/fr/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comprendre la Cour pénale internationale');
	expect(await page.locator('.modules > li').count()).toBeGreaterThan(0);
	await page.goto('/en/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Understanding the International Criminal Court');
});

test('the first lesson, in steps, renders its text and citations', async ({ page }) => {
	for (const lang of ['fr', 'en']) {
		await page.goto(`/${lang}/`);
		await page.locator('.modules > li h3 a').first().click();
		await expect(page.locator('article h1')).not.toBeEmpty();
		// its first step: text, and citations as markers that open (native <details>)
		await page.locator('ol.steps a').first().click();
		await expect(page.locator('article h1')).not.toBeEmpty();
		expect(await page.locator('.body p').count()).toBeGreaterThan(3);
		const marker = page.locator('details.cite-marker').first();
		await marker.locator(':scope > summary').click();
		await expect(marker.locator('figure.cite blockquote')).toBeVisible();
	}
});

// a source's page (the card "How to read a source", under /sources/ too, has no numbered paragraphs)
for (const path of allPages.filter((p) => /^\/(fr|en)\/sources\/(?!how-to-read\/)[^/]+\/$/.test(p))) {
	test(`source page ${path} shows its numbered paragraphs`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('h1')).not.toBeEmpty();
		await expect(page.locator('#p1')).toBeVisible();
	});
}

test('every page has the right lang and hreflang alternates', async ({ page }) => {
	// every page of the site, one after the other (about 300 with module 2's steps)
	test.setTimeout(240_000);
	for (const path of allPages.filter((p) => p !== '/')) {
		await page.goto(path);
		const lang = path.split('/')[1];
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const other = lang === 'fr' ? 'en' : 'fr';
		const alternate = await page.locator(`link[rel=alternate][hreflang=${other}]`).getAttribute('href');
		expect(new URL(alternate!).pathname).toBe(path.replace(`/${lang}/`, `/${other}/`));
	}
});

test('what needs JavaScript says so where it would be, and the search form sends nothing', async ({ page }) => {
	const needs: [string, RegExp][] = [
		['/fr/search/', /La recherche se fait dans votre navigateur et demande JavaScript/],
		['/en/progress/', /Your progress is kept in this browser and shown with JavaScript/],
		['/en/review/', /The review deck is kept in this browser and runs with JavaScript/],
		['/fr/teach/', /Le lien du devoir est créé dans votre navigateur et demande JavaScript/],
		['/en/teach/results/', /Receipts are read in your browser and need JavaScript/]
	];
	for (const [path, text] of needs) {
		await page.goto(path);
		await expect(page.getByText(text)).toBeVisible();
	}
	// "nothing is sent anywhere": a search typed and submitted without JavaScript leaves no trace
	// in the address the host receives
	await page.goto('/en/search/');
	await page.getByLabel(/Search the lessons/).fill('Rome Statute');
	const sent = page.waitForRequest((request) => request.url().includes('/en/search/'));
	await page.getByRole('button', { name: 'Search' }).click();
	expect(new URL((await sent).url()).search).toBe('');
});

test('without JavaScript, the navigator says so and its whole decision tree is a page of links', async ({ page }) => {
	for (const [lang, needs] of [['fr', /demande JavaScript/], ['en', /needs JavaScript/]] as const) {
		await page.goto(`/${lang}/navigator/`);
		await expect(page.getByText(needs)).toBeVisible();
		await page.locator(`a[href="/${lang}/navigator/tree/"]`).click();
		// every question and outcome, each answer a link to where it leads, with the articles
		const questions = page.locator('[id^="nav-q-"]');
		const outcomes = page.locator('[id^="nav-o-"]');
		expect(await questions.count()).toBeGreaterThan(10);
		expect(await outcomes.count()).toBeGreaterThan(10);
		await expect(outcomes.first()).toContainText(/art\.\s*\d+/);
		const link = questions.first().locator('a[href^="#nav-"]').first();
		const target = (await link.getAttribute('href'))!;
		await link.click();
		expect(new URL(page.url()).hash).toBe(target);
		await expect(page.locator(target)).toBeInViewport();
	}
});
