import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages } from './pages';
import { openQuiz } from './quiz-page';

const buildDir = join(import.meta.dirname, '../..', process.env.BUILD_DIR ?? 'build');

// No request ever leaves the site's own origin, no cookie is set, and once visited the whole site
// (both languages, lessons, quizzes, sources, search) works with the network off.
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

test('after one visit, lessons, quizzes, sources and search work offline in both languages', async ({ page, context }) => {
	test.setTimeout(120_000);
	await page.goto('/fr/');
	// Wait until the service worker has installed the whole site.
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state;
	});
	await expect
		.poll(async () => page.evaluate(async () => (await caches.keys()).length), { timeout: 60_000 })
		.toBeGreaterThan(0);
	await expect
		.poll(async () => page.evaluate(async () => {
			const key = (await caches.keys())[0];
			return (await (await caches.open(key)).keys()).length;
		}), { timeout: 60_000 })
		.toBeGreaterThan(100);
	await context.setOffline(true);
	for (const path of ['/en/modules/02-cyber/', '/fr/modules/03-sanctions/quiz/', '/en/sources/amnesty-2025-12-01-aep-sanctions/', '/fr/glossary/', '/en/teach/03-sanctions/', '/fr/teach/01-jurisdiction/worksheet/']) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
	}
	await openQuiz(page, '/en/modules/04-pressure/quiz/');
	await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();
	await page.goto('/fr/search/');
	await page.getByLabel(/Rechercher dans/).fill('Statut');
	await expect(page.getByText(/\d+ résultats?$/)).toBeVisible({ timeout: 15_000 });
	await context.setOffline(false);
});

test('the search index kept offline has a WebAssembly file for each of the site’s languages and no other', () => {
	// Pagefind writes one for pages without a language too (issue 27: 66 KB for nothing)
	const wasm = readdirSync(join(buildDir, 'pagefind')).filter((name) => name.endsWith('.pagefind'));
	expect(wasm.sort()).toEqual(['wasm.en.pagefind', 'wasm.fr.pagefind']);
	const listed: string[] = JSON.parse(readFileSync(join(buildDir, 'pagefind', 'files.json'), 'utf8'));
	expect(listed.filter((file) => file.endsWith('.pagefind')).sort()).toEqual(['/pagefind/wasm.en.pagefind', '/pagefind/wasm.fr.pagefind']);
});
