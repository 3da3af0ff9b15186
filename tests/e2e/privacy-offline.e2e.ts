import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages } from './pages';
import { answerSomething } from './answer';
import { openQuiz } from './quiz-page';

const buildDir = join(import.meta.dirname, '../..', process.env.BUILD_DIR ?? 'build');

// No request ever leaves the site's own origin, no cookie is set, and once visited a language's
// lessons, quizzes and search work with the network off (and each other part once opened).
test('walking every page makes no request to another origin and sets no cookie', async ({ page, context, baseURL }) => {
	test.setTimeout(180_000);
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(`${request.url()} (from ${page.url()})`);
	});
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
	});
	for (const path of allPages) {
		await page.goto(path, { waitUntil: 'networkidle' });
	}
	// The search page loads its index on use.
	await page.goto('/en/search/');
	await page.getByLabel(/Search the lessons/).fill('Rome Statute');
	await expect(page.getByText(/\d+ results?$/)).toBeVisible({ timeout: 15_000 });
	expect(foreign).toEqual([]);
	expect(violations).toEqual([]);
	expect(await context.cookies()).toEqual([]);
});

type Parts = Record<'fr' | 'en', Record<'shell' | 'search' | 'sources' | 'teach', string[]>>;

/** Every address kept by the service worker, in any of its caches. */
async function cachedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const key of await caches.keys()) for (const request of await (await caches.open(key)).keys()) paths.push(new URL(request.url).pathname);
		return paths;
	});
}

// Offline by part (decision 20): one visit keeps the shell and search index of its language, nothing
// of the other; a part visited once online is kept whole.
const sourcePage = '/fr/sources/rome-statute-fr-cyber/';

test('a first visit straight to the teacher’s pages keeps them: offline, a worksheet opens', async ({ page, context }) => {
	test.setTimeout(120_000);
	const parts: Parts = JSON.parse(readFileSync(join(buildDir, 'offline.json'), 'utf8'));
	// no navigation went through the worker before it was installed: it keeps the open page's part
	await page.goto('/fr/teach/');
	await page.evaluate(async () => void (await navigator.serviceWorker.ready));
	await expect
		.poll(async () => {
			const cached = new Set(await cachedPaths(page));
			return [...parts.fr.shell, ...parts.fr.teach].filter((url) => !cached.has(url)).length;
		}, { timeout: 60_000 })
		.toBe(0);
	await context.setOffline(true);
	await page.goto('/fr/teach/01-jurisdiction/worksheet/');
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.locator('h1')).not.toHaveText(/pas disponible/);
	await context.setOffline(false);
});

test('after one visit to /fr/, French lessons, quizzes, glossary and search work offline, nothing English is kept; the teacher’s pages once opened', async ({ page, context }) => {
	test.setTimeout(180_000);
	const parts: Parts = JSON.parse(readFileSync(join(buildDir, 'offline.json'), 'utf8'));
	const missing = async (urls: string[]) => {
		const cached = new Set(await cachedPaths(page));
		return urls.filter((url) => !cached.has(url));
	};
	await page.goto('/fr/');
	// installed once the French shell, then the French search index, are kept
	await page.evaluate(async () => void (await navigator.serviceWorker.ready));
	expect(await missing([...parts.fr.shell, ...parts.fr.search])).toEqual([]);
	const kept = await cachedPaths(page);
	// nothing of the other language (no page, no manifest, no search index) but the page that says,
	// offline, that an address was not kept
	expect(kept.filter((path) => /^\/en[/.]|\/(en_|wasm\.en\.|pagefind\.en_)/.test(path))).toEqual(['/en/not-found/']);
	// nor the parts not opened
	const automatic = new Set([...parts.fr.shell, ...parts.fr.search]);
	expect(kept.filter((path) => [...parts.fr.sources, ...parts.fr.teach].includes(path) && !automatic.has(path))).toEqual([]);

	await context.setOffline(true);
	await page.goto('/fr/modules/01-jurisdiction/warrants/');
	await expect(page.locator('h1')).toBeVisible();
	await page.goto('/fr/glossary/');
	await expect(page.locator('h1')).toBeVisible();
	// a quiz: question 1 answered and checked (its answers, keys.json, are kept)
	await openQuiz(page, '/fr/modules/03-sanctions/quiz/');
	await answerSomething(page);
	await page.getByRole('button', { name: 'Vérifier' }).click();
	await expect(page.locator('main [role=status]')).toHaveText(/^(Bonne réponse|Réponse incorrecte|Réponse en partie juste)/);
	// the review deck starts: every quiz's questions (views.json, the navigator's cases) and keys are kept
	await page.goto('/fr/review/');
	await expect(page.locator('[data-island="review"]')).toHaveAttribute('data-hydrated', '');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.goto('/fr/search/');
	await page.getByLabel(/Rechercher dans/).fill('Statut');
	await expect(page.getByText(/\d+ résultats?$/)).toBeVisible({ timeout: 15_000 });
	// the sources' own index is not kept yet: the lessons are searched, and the results say so
	const withoutSources = page.getByText('La recherche hors ligne ne porte pas sur les sources\u202f: ouvrez une source une fois en ligne pour qu’elles soient gardées sur cet appareil.');
	await expect(withoutSources).toBeVisible();
	// « planification », of article 8 bis of the Rome Statute: its source page is not found offline
	await page.getByLabel(/Rechercher dans/).fill('planification');
	await expect(page.getByText(/^(\d+ résultats?|Aucun résultat\.)$/)).toBeVisible({ timeout: 15_000 });
	await expect(withoutSources).toBeVisible();
	await expect(page.locator(`.hits a[href^="${sourcePage}"]`)).toHaveCount(0);
	// back online on the same page, not reloaded: the next search takes the sources in again (searched
	// again until the page has heard it is online; well before the 30 s after which it would ask anyway)
	await context.setOffline(false);
	await expect(async () => {
		await page.getByLabel(/Rechercher dans/).fill('');
		await page.getByLabel(/Rechercher dans/).fill('planification');
		await expect(page.locator(`.hits a[href^="${sourcePage}"]`)).toHaveCount(1, { timeout: 3_000 });
	}).toPass({ timeout: 20_000 });
	await expect(withoutSources).toHaveCount(0);
	await context.setOffline(true);
	// an English page, never opened: not kept, and said so in English
	await page.goto('/en/modules/02-cyber/');
	await expect(page.locator('h1')).toHaveText('This page is not available');

	// Online, the teacher's home page in English: the English shell, the teacher's pages and the
	// English search index are kept in the background.
	await context.setOffline(false);
	await page.goto('/en/teach/');
	await expect(page.locator('h1')).toBeVisible();
	await expect.poll(async () => (await missing([...parts.en.shell, ...parts.en.teach, ...parts.en.search])).length, { timeout: 60_000 }).toBe(0);
	await context.setOffline(true);
	for (const path of ['/en/teach/03-sanctions/', '/en/teach/01-jurisdiction/worksheet/', '/en/modules/02-cyber/four-questions/']) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('h1')).not.toHaveText(/not available|pas disponible/);
	}
	// the sources were never opened: still not kept
	expect((await cachedPaths(page)).filter((path) => path.startsWith('/en/sources/'))).toEqual([]);

	// Online, one French source page: the French sources and their search index are kept; offline,
	// search finds the sources again, and no longer says it leaves them out.
	await context.setOffline(false);
	await page.goto(sourcePage);
	await expect(page.locator('h1')).toBeVisible();
	await expect.poll(async () => (await missing(parts.fr.sources)).length, { timeout: 60_000 }).toBe(0);
	expect(parts.fr.sources.filter((path) => path.startsWith('/pagefind-sources/index/')).length).toBeGreaterThan(0);
	await context.setOffline(true);
	await page.goto('/fr/search/');
	await page.getByLabel(/Rechercher dans/).fill('planification');
	await expect(page.locator(`.hits a[href^="${sourcePage}"]`)).toHaveCount(1, { timeout: 15_000 });
	await expect(withoutSources).toHaveCount(0);
	await context.setOffline(false);
});

test('the search index kept offline has a WebAssembly file for each of the site’s languages and no other', () => {
	// Pagefind writes one for pages without a language too (issue 27: 66 KB for nothing)
	const wasm = readdirSync(join(buildDir, 'pagefind')).filter((name) => name.endsWith('.pagefind'));
	expect(wasm.sort()).toEqual(['wasm.en.pagefind', 'wasm.fr.pagefind']);
	const parts: Parts = JSON.parse(readFileSync(join(buildDir, 'offline.json'), 'utf8'));
	expect(parts.fr.search.filter((file) => file.endsWith('.pagefind'))).toEqual(['/pagefind/wasm.fr.pagefind']);
	expect(parts.en.search.filter((file) => file.endsWith('.pagefind'))).toEqual(['/pagefind/wasm.en.pagefind']);
});

test('the sources have a search index of their own, without scripts or WebAssembly; the lessons’ index has every other page', () => {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name === 'index.html' ? [join(dir, e.name)] : []));
	const entry = (bundle: string) => JSON.parse(readFileSync(join(buildDir, bundle, 'pagefind-entry.json'), 'utf8')).languages;
	const [lessons, sources] = [entry('pagefind'), entry('pagefind-sources')];
	for (const lang of ['fr', 'en']) {
		const indexed = walk(join(buildDir, lang)).filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'));
		const ofSources = indexed.filter((file) => file.includes(`/${lang}/sources/`));
		expect(ofSources.length).toBeGreaterThan(20);
		expect(sources[lang].page_count).toBe(ofSources.length);
		expect(lessons[lang].page_count).toBe(indexed.length - ofSources.length);
	}
	// a merged index is searched with the lessons' scripts and WebAssembly
	expect(readdirSync(join(buildDir, 'pagefind-sources')).filter((name) => /\.(js|css|pagefind)$/.test(name))).toEqual([]);
});
