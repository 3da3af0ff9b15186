import { expect, test, type Page } from '@playwright/test';
import { answerSomething } from './answer';
import { openQuiz } from './quiz-page';

// Progress kept on the device: two tabs, a corrupted value, a full storage, hostile imports.
const quizPath = '/en/modules/01-jurisdiction/quiz/';

/** Answers the question on screen with whatever the first control gives, and checks it. */

test('two tabs answering the same quiz at once keep both answers', async ({ context }) => {
	const a = await context.newPage();
	await openQuiz(a, quizPath);
	const b = await context.newPage();
	await b.goto(quizPath);
	await expect(b.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();
	// Tab A answers question 1 while tab B goes to question 2 and answers it.
	await b.getByRole('button', { name: /Next question/ }).click();
	await answerSomething(a);
	await a.getByRole('button', { name: 'Check' }).click();
	await answerSomething(b);
	await b.getByRole('button', { name: 'Check' }).click();
	// (polled: on a busy machine tab B's check may land a moment after its click returns)
	const stored = () => a.evaluate(() => JSON.parse(localStorage.getItem('icc:attempt:01-jurisdiction')!));
	await expect.poll(async () => Object.values((await stored()).checked).filter(Boolean).length).toBe(2);
	expect(Object.keys((await stored()).answers).length).toBe(2);
});

test('a corrupted progress value is set aside, not erased, and the dashboard still works', async ({ page }) => {
	await page.goto('/en/progress/');
	// Once the page has read the device (else it could set the value aside before the reload).
	await expect(page.getByText('Not started').first()).toBeVisible();
	await page.evaluate(() => localStorage.setItem('icc:progress', '{"version":1,"modules":"oops"}'));
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'could not be read (1 entry)' })).toContainText('set aside, not erased');
	// kept as it was, offered back (download, discard) on this page
	await expect(page.getByRole('region', { name: 'Set aside' })).toBeVisible();
	expect(await page.evaluate(() => localStorage.getItem('icc:progress'))).toContain('oops');
	await expect(page.getByText('Not started').first()).toBeVisible();
});

test('a full storage leaves the quiz working in memory, with a warning', async ({ page }) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = function () {
			throw new DOMException('quota', 'QuotaExceededError');
		};
	});
	await openQuiz(page, quizPath);
	// said at the first answer, the first thing to save (question 1 is on screen without Start)
	await answerSomething(page);
	await expect(page.getByRole('alert')).toContainText('cannot keep your answers');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('heading', { name: /Correct|Incorrect|Partly/ })).toBeVisible();
});

test('finishing a quiz shows on the dashboard and feeds the review deck', async ({ page }) => {
	await openQuiz(page, quizPath, { mode: 'test' });
	// Nothing answered: every question is missed and enters the review deck.
	for (;;) {
		const next = page.getByRole('button', { name: /Next question/ });
		if (!(await next.count())) break;
		await next.click();
	}
	await page.getByRole('button', { name: 'Finish and grade' }).click();
	// blank questions: the page asks first
	await page.getByRole('button', { name: 'Submit anyway' }).click();
	await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
	await page.goto('/en/progress/');
	const module1 = page.locator('li', { has: page.getByRole('heading', { name: /Module 1/ }) });
	await expect(module1.getByText('Done')).toBeVisible();
	await expect(module1.getByText('Finished attempts')).toBeVisible();
	await page.goto('/en/review/');
	await expect(page.getByText(/questions? missed/)).toBeVisible();
	await page.getByRole('button', { name: 'Review my mistakes' }).click();
	await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();
});

test('importing a malformed or hostile file says what is wrong and loses nothing', async ({ page }) => {
	await page.goto('/en/progress/');
	await expect(page.getByText('Not started').first()).toBeVisible();
	const before = await page.evaluate(() => {
		localStorage.setItem(
			'icc:progress',
			JSON.stringify({ version: 1, modules: { '01-jurisdiction': { attempts: 2, best: 80, last: 70, lastAt: '2026-01-01T00:00:00.000Z', timeSpentMs: 60000, objectives: {} } }, items: {} })
		);
		return localStorage.getItem('icc:progress');
	});
	await page.reload();
	await expect(page.getByText('Not started').first()).toBeVisible(); // the app has started
	let alerted = false;
	page.on('dialog', (d) => {
		alerted = true;
		return d.dismiss();
	});
	const input = page.getByLabel('Import a progress file');
	await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{not json') });
	await expect(page.getByRole('status').filter({ hasText: 'cannot be read' })).toBeVisible();
	const hostile = JSON.stringify({
		format: 'icc-explainer-backup',
		version: 1,
		exportedAt: '<img src=x onerror=alert(1)>',
		progress: { version: 1, modules: { '<script>alert(1)</script>': { attempts: 'x' } }, items: {} },
		attempts: {}
	});
	await input.setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
	// the unreadable entry is set aside, not imported as it is, not thrown away; what was there stays
	await expect(page.getByRole('status').filter({ hasText: '1 entry of the file could not be read' })).toBeVisible();
	const after = await page.evaluate(() => JSON.parse(localStorage.getItem('icc:progress')!));
	expect(after.modules).toEqual(JSON.parse(before!).modules);
	expect(Object.keys(after.aside.modules)).toEqual(['<script>alert(1)</script>']);
	expect(alerted).toBe(false);
	await expect(page.getByText('80%').first()).toBeVisible();
});

test('export then import on another device merges the progress', async ({ page, browser }) => {
	await page.goto('/en/progress/');
	await expect(page.getByText('Not started').first()).toBeVisible();
	await page.evaluate(() =>
		localStorage.setItem(
			'icc:progress',
			JSON.stringify({ version: 1, modules: { '02-cyber': { attempts: 1, best: 90, last: 90, lastAt: '2026-01-02T00:00:00.000Z', timeSpentMs: 120000, objectives: {} } }, items: {} })
		)
	);
	await page.reload();
	// The dashboard is drawn from the device once the app has started (after the first paint):
	// wait for it before using its buttons.
	await expect(page.getByText('90%').first()).toBeVisible();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my progress' }).click()]);
	const file = await download.path();
	const other = await browser.newContext();
	const page2 = await other.newPage();
	await page2.goto('/en/progress/');
	await expect(page2.getByText('Not started').first()).toBeVisible();
	await page2.getByLabel('Import a progress file').setInputFiles(file);
	await expect(page2.getByRole('status').filter({ hasText: 'Imported: 1 module,' })).toBeVisible();
	await expect(page2.getByText('90%').first()).toBeVisible();
	await other.close();
});

test('the home page names the questions due today, and says nothing to a first-time visitor', async ({ page }) => {
	// The line is an island (src/lib/islands/) on an otherwise plain page: it appears once it has
	// read the device.
	await page.goto('/en/');
	await expect(page.locator('[data-island="due-today"]')).toHaveAttribute('data-hydrated', '');
	await expect(page.getByRole('link', { name: /to review today/ })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'See my progress' })).toHaveCount(0);

	const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
	const card = (due: string) => ({
		due, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0,
		reps: 1, lapses: 1, state: 2, last_review: day(-3)
	});
	const item = (due: string) => ({ module: '01-jurisdiction', lastScore: 0, lastAt: day(-3), right: 0, wrong: 1, card: card(due) });
	const progress = {
		version: 1,
		modules: { '01-jurisdiction': { attempts: 1, best: 40, last: 40, lastAt: day(-3), timeSpentMs: 60_000, objectives: {} } },
		// two questions came due (yesterday, an hour ago), one is due next week
		items: { a: item(day(-1)), b: item(new Date(Date.now() - 3_600_000).toISOString()), c: item(day(7)) }
	};
	await page.evaluate((value) => localStorage.setItem('icc:progress', JSON.stringify(value)), progress);
	await page.goto('/fr/');
	await expect(page.getByRole('link', { name: 'Voir ma progression' })).toBeVisible();
	await page.getByRole('link', { name: /2 questions à réviser aujourd’hui/ }).click();
	await expect(page).toHaveURL(/\/fr\/review\/$/);
});
