import { expect, test, type Page } from '@playwright/test';
import { answerSomething } from './answer';
import { openQuiz } from './quiz-page';

// Nothing a learner saved is lost (issue 19), in the built site: a clock that steps back mid-quiz,
// a saved position that no longer exists, one unreadable entry, "erase everything" undone, an
// unknown address offline.
const PHONE = { width: 390, height: 844 };
const module = '01-jurisdiction';
const DAY = 24 * 3600 * 1000;

const stored = (page: Page, key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(`icc:${k}`) ?? 'null'), key);

test.use({ viewport: PHONE });

test('a clock that steps back a day mid-quiz: Next still moves, the changed answer is the one kept', async ({ page }) => {
	await page.clock.setSystemTime(new Date('2026-11-02T10:00:00Z'));
	await openQuiz(page, `/en/modules/${module}/quiz/`, { mode: 'test' });
	// the order is shuffled: go to the first question answered with options
	const radios = page.locator('main .question fieldset').first().getByRole('radio');
	let n = 1;
	for (; n < 30; n++) {
		await expect(page.getByRole('heading', { name: new RegExp(`^Question ${n} of`) })).toBeVisible();
		if ((await radios.count()) > 1) break;
		await page.getByRole('button', { name: /Next question/ }).click();
	}
	await radios.first().check();
	const first = (await stored(page, `attempt:${module}`)).answers;
	// the phone corrects its clock: a day back
	await page.clock.setSystemTime(new Date(Date.parse('2026-11-02T10:00:00Z') - DAY));
	await radios.nth(1).check();
	await page.getByRole('button', { name: /Next question/ }).click();
	await expect(page.getByRole('heading', { name: new RegExp(`^Question ${n + 1} of`) })).toBeVisible();
	const saved = await stored(page, `attempt:${module}`);
	expect(saved.current).toBe(n);
	expect(saved.answers).not.toEqual(first);
	await page.reload();
	await expect(page.getByRole('heading', { name: new RegExp(`^Question ${n + 1} of`) })).toBeVisible();
	await page.getByRole('button', { name: /Previous/ }).click();
	await expect(radios.nth(1)).toBeChecked();
});

test('a saved position past the end (the quiz changed since) opens on the last question, answers kept', async ({ page }) => {
	await openQuiz(page, `/fr/modules/${module}/quiz/`);
	await expect(page.getByRole('heading', { name: /^Question 1 sur (\d+)/ })).toBeVisible();
	const heading = await page.getByRole('heading', { name: /^Question 1 sur/ }).textContent();
	const total = Number(/sur (\d+)/.exec(heading!)![1]);
	// the attempt is saved at the learner's first move
	await answerSomething(page);
	await expect.poll(() => stored(page, `attempt:${module}`)).not.toBeNull();
	await page.evaluate((m) => {
		const attempt = JSON.parse(localStorage.getItem(`icc:attempt:${m}`)!);
		attempt.current = 99;
		attempt.answers['a-question-since-removed'] = 'x';
		localStorage.setItem(`icc:attempt:${m}`, JSON.stringify(attempt));
	}, module);
	await page.reload();
	await expect(page.getByRole('heading', { name: `Question ${total} sur ${total}` })).toBeVisible();
	expect((await stored(page, `attempt:${module}`)).answers['a-question-since-removed']).toBe('x');
});

test('one unreadable entry: the rest is shown, every page says so, the progress page brings it back', async ({ page }) => {
	await page.goto('/en/');
	await page.evaluate((m) => {
		const good = { attempts: 1, best: 80, last: 80, lastAt: '2026-11-01T10:00:00.000Z', timeSpentMs: 60000, objectives: {} };
		const item = { module: m, lastScore: 1, lastAt: '2026-11-01T10:00:00.000Z', right: 9007199254740992, wrong: 0 };
		localStorage.setItem('icc:progress', JSON.stringify({ version: 1, modules: { [m]: good }, items: { q: item } }));
	}, module);
	await page.reload();
	const notice = page.getByRole('status').filter({ hasText: 'could not be read (1 entry)' });
	await expect(notice).toBeVisible();
	await notice.getByRole('link').click();
	await expect(page).toHaveURL(/\/en\/progress\/#set-aside$/);
	// the readable part is there
	await expect(page.getByRole('definition').first()).toHaveText('80%');
	const panel = page.locator('section[aria-labelledby="set-aside"]');
	await expect(panel).toContainText('1 saved entry could not be read');
	await panel.getByRole('button', { name: 'Restore what can be repaired' }).click();
	await expect(panel.getByRole('status')).toContainText('1 entry restored');
	expect((await stored(page, 'progress')).items.q.right).toBe(1_000_000);
	await page.goto('/en/');
	await expect(page.getByText(/could not be read/)).toHaveCount(0);
});

test('"Erase everything" can be undone until the learner leaves the page', async ({ page }) => {
	await page.goto('/fr/progress/');
	await page.evaluate(() => {
		localStorage.setItem('icc:review-queue', '["a","b"]');
		localStorage.setItem('icc:assignment:abc', '{"v":1,"name":"Léa"}');
	});
	const before = await page.evaluate(() => ({ ...localStorage }));
	await page.getByRole('button', { name: 'Tout effacer' }).click();
	await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
	await expect(page.getByText('Tout a été effacé de cet appareil.')).toBeVisible();
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
	await page.getByRole('button', { name: 'Annuler' }).click();
	await expect(page.getByText('Tout a été remis en place.')).toBeVisible();
	expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(before);
});

test('offline, an address the device does not have says so, in its language', async ({ page, context }) => {
	test.setTimeout(120_000);
	await page.goto('/fr/');
	await expect
		.poll(async () => page.evaluate(async () => {
			const key = (await caches.keys()).at(-1);
			return key ? (await (await caches.open(key)).keys()).length : 0;
		}), { timeout: 60_000 })
		.toBeGreaterThan(100);
	// installed and active, then a page it controls (it does not claim pages opened before)
	await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
	await page.reload();
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
	await context.setOffline(true);
	await page.goto('/en/modules/99-nothing/');
	await expect(page.locator('h1')).toHaveText('This page is not available');
	await page.goto('/fr/nulle-part/');
	await expect(page.locator('h1')).toHaveText('Cette page n’est pas disponible');
	await expect(page.getByRole('link', { name: 'Retour à l’accueil' })).toHaveAttribute('href', '/fr/');
	await context.setOffline(false);
});

test.describe('without the service worker', () => {
	test.use({ serviceWorkers: 'block' });

	test('a browser that registers no service worker (its register() resolves to nothing) shows no page error', async ({ page }) => {
		// Playwright's 'block' replaces register() by one that resolves to undefined, as some
		// privacy modes and embedded browsers do (issue 27: "Cannot read properties of undefined").
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto('/en/');
		await page.waitForLoadState('load');
		// the registration runs on load; its answer comes within a few tasks
		await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
		await expect(page.locator('[data-update-banner]')).toBeHidden();
		expect(errors).toEqual([]);
	});

	test('a tab closed right after Check (the scheduler not loaded yet) loses no answer: it is scheduled on the next visit', async ({ browser }) => {
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: PHONE });
		const page = await context.newPage();
		// a slow network: the scheduler's module never arrives before the tab is closed
		await page.route(/\/_app\/immutable\/chunks\/.*\.js$/, async (route) => {
			const body = await (await route.fetch()).text();
			if (body.includes('Invalid memory state')) return; // held, never answered
			await route.continue();
		});
		await openQuiz(page, `/en/modules/${module}/quiz/`);
		await answerSomething(page);
		await page.getByRole('button', { name: 'Check' }).click();
		// every script passes through the route above (fetched twice): slow on a loaded CI machine
		await expect(page.getByRole('heading', { name: /Correct|Incorrect|Partly/ }).first()).toBeVisible({ timeout: 15_000 });
		const saved = await stored(page, 'progress');
		await page.close();
		expect(Object.values(saved.items)).toHaveLength(1);
		// written at once; its scheduling waits for the module the tab never got
		expect(Object.values(saved.items)[0]).toHaveProperty('pending');
		// the next visit (the review page) schedules what was left pending
		const next = await context.newPage();
		await next.goto('/en/review/');
		await expect
			.poll(() => next.evaluate(() => Object.values(JSON.parse(localStorage.getItem('icc:progress')!).items as Record<string, { pending?: unknown }>).every((item) => !item.pending)))
			.toBe(true);
		await context.close();
	});

	test('an island whose modules cannot be had says so, in the page language, and what was saved stays', async ({ page }) => {
		await openQuiz(page, `/fr/modules/${module}/quiz/`);
		await expect(page.getByRole('heading', { name: /^Question 1 sur/ })).toBeVisible();
		const before = await stored(page, `attempt:${module}`);
		// a newer version replaced the island's files on the host, and this device never kept them
		await page.route(/\/_app\/immutable\/islands\/quiz[^/]*\.js$/, (route) => route.abort());
		await page.reload();
		await expect(page.getByRole('alert').filter({ hasText: 'Cette partie de la page n’a pas pu démarrer' })).toBeVisible();
		expect(await stored(page, `attempt:${module}`)).toEqual(before);
	});
});
