import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { messages } from '../support/messages';
import { answerSomething } from './answer';

// Issue 27: a question can be answered as soon as it is shown. A module's quiz draws question 1 on
// the server and a step draws its check, with native radios and boxes; what the learner ticks
// before the page's scripts have arrived is kept once they have (hydrate-islands.ts gives it back
// to the island), saved, and graded at Check. And what the device already held is never written
// over by such an early tick: the server draws every check unanswered, knowing nothing of the
// learner. On a phone, in both languages. The page's scripts are held back (every file under
// /_app/immutable/, the enhance module included) until the learner has answered, as on a slow
// network where they arrive seconds after the page: the test does not depend on timing.

// Service workers blocked: a worker installed by the first visit would serve the page's scripts
// from its cache, past the route that holds them back (seen in CI: the island started at once).
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' as const };

/** Holds every script of the page until `release()` is called. */
async function holdScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

const device = (page: Page, key: string) => page.evaluate((key) => JSON.parse(localStorage.getItem(`icc:${key}`) ?? 'null'), key);

async function open(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	page.on('pageerror', (error) => {
		throw error;
	});
	return page;
}

for (const lang of ['fr', 'en'] as const) {
	const m = messages[lang];
	const quizPath = `/${lang}/modules/01-jurisdiction/quiz/`;
	const stepPath = `/${lang}/modules/01-jurisdiction/warrants/`;

	test(`${lang}: quiz question 1 answered before the page's scripts have arrived is kept, saved and graded`, async ({ browser }) => {
		const context = await browser.newContext(phone);
		const page = await open(context);
		const release = await holdScripts(page);
		await page.goto(quizPath, { waitUntil: 'domcontentloaded' });
		const question = page.locator('.quiz .question');
		const id = await question.getAttribute('data-question-id');
		const first = question.locator('input[type="radio"], input[type="checkbox"]').first();
		await first.check();
		// nothing of the island has run: the tick is the page's alone
		await expect(page.locator('[data-island="quiz"]')).not.toHaveAttribute('data-hydrated', '');
		expect(await device(page, `attempt:01-jurisdiction`)).toBeNull();

		release();
		await expect(page.locator('.quiz[data-ready="true"]')).toHaveCount(1);
		await expect(first).toBeChecked();
		const saved = await device(page, 'attempt:01-jurisdiction');
		expect(saved.answers[id!]).toBeTruthy();
		await page.getByRole('button', { name: m.quiz_check, exact: true }).click();
		await expect(page.locator(`#feedback-${id}`)).toBeVisible();

		// after a reload the answer is there, checked
		await page.reload();
		await expect(page.locator('.quiz[data-ready="true"]')).toHaveCount(1);
		await expect(page.locator(`#feedback-${id}`)).toBeVisible();
		await expect(page.locator('.quiz .question input:checked')).not.toHaveCount(0);
		await context.close();
	});

	test(`${lang}: quiz question 1 is graded without waiting for the whole keys file; question 2 waits for it`, async ({ browser }) => {
		const context = await browser.newContext(phone);
		const page = await open(context);
		// keys.json (30 KB) held back as on a slow network: question 1's key comes apart, with the questions
		let releaseKeys!: () => void;
		const keysHeld = new Promise<void>((resolve) => (releaseKeys = resolve));
		let keysAsked = 0;
		await page.route('**/quiz/keys.json', async (route) => {
			keysAsked++;
			await keysHeld;
			await route.continue();
		});
		await page.goto(quizPath);
		await expect(page.locator('.quiz[data-ready="true"]')).toHaveCount(1);
		const question = page.locator('.quiz .question');
		const id = (await question.getAttribute('data-question-id'))!;
		await question.locator('input[type="radio"], input[type="checkbox"]').first().check();
		await page.getByRole('button', { name: m.quiz_check, exact: true }).click();
		await expect(page.locator(`#feedback-${id}`)).toBeVisible();
		// the whole file was asked for (the learner reached for the quiz) and is still on its way
		expect(keysAsked).toBe(1);

		// Question 2 needs its own key: its Check grades nothing until the file has come.
		await page.getByRole('button', { name: `${m.quiz_continue} →`, exact: true }).click();
		const second = page.locator('.quiz .question');
		await expect(second).not.toHaveAttribute('data-question-id', id);
		const secondId = (await second.getAttribute('data-question-id'))!;
		await answerSomething(page);
		await page.getByRole('button', { name: m.quiz_check, exact: true }).click();
		await page.waitForTimeout(300);
		await expect(page.locator(`#feedback-${secondId}`)).toHaveCount(0);
		releaseKeys();
		await expect(page.locator(`#feedback-${secondId}`)).toBeVisible();
		await context.close();
	});

	test(`${lang}: a step's check answered before the page's scripts have arrived is kept, saved and graded`, async ({ browser }) => {
		const context = await browser.newContext(phone);
		const page = await open(context);
		const release = await holdScripts(page);
		await page.goto(stepPath, { waitUntil: 'domcontentloaded' });
		const check = page.locator('.step-checks .check').first();
		const id = await check.getAttribute('data-question-id');
		const first = check.locator('input[type="radio"], input[type="checkbox"]').first();
		await first.check();
		await expect(page.locator('[data-island="step-checks"]')).not.toHaveAttribute('data-hydrated', '');

		release();
		await expect(page.locator('.step-checks[data-ready="true"]')).toHaveCount(1);
		await expect(first).toBeChecked();
		expect((await device(page, 'checks')).checks[id!].answer).toBeTruthy();
		await check.getByRole('button', { name: m.quiz_check, exact: true }).click();
		await expect(page.locator(`#check-verdict-${id}`)).toBeVisible();
		await context.close();
	});

	test(`${lang}: an early tick on a page whose check the device already holds writes nothing over it (quiz and step)`, async ({ browser }) => {
		const context = await browser.newContext(phone);
		// First visits: question 1 of the quiz and the step's first check answered and checked.
		const before = await open(context);
		for (const [path, scope, ready, verdict] of [
			[quizPath, '.quiz .question', '.quiz[data-ready="true"]', (id: string) => `#feedback-${id}`],
			[stepPath, '.step-checks .check', '.step-checks[data-ready="true"]', (id: string) => `#check-verdict-${id}`]
		] as const) {
			await before.goto(path);
			const area = before.locator(scope).first();
			await area.scrollIntoViewIfNeeded();
			await expect(before.locator(ready)).toHaveCount(1);
			await area.locator('input[type="radio"], input[type="checkbox"]').first().check();
			await before.getByRole('button', { name: m.quiz_check, exact: true }).first().click();
			await expect(before.locator(verdict((await area.getAttribute('data-question-id'))!))).toBeVisible();
		}
		const attempt = await device(before, 'attempt:01-jurisdiction');
		const checks = await device(before, 'checks');
		await before.close();

		// Back on each page on a slow network: drawn unanswered by the server, ticked otherwise at once.
		for (const [path, scope, ready] of [
			[quizPath, '.quiz .question', '.quiz[data-ready="true"]'],
			[stepPath, '.step-checks .check', '.step-checks[data-ready="true"]']
		] as const) {
			const page = await open(context);
			const release = await holdScripts(page);
			await page.goto(path, { waitUntil: 'domcontentloaded' });
			const area = page.locator(scope).first();
			await area.locator('input[type="radio"], input[type="checkbox"]').last().check();
			release();
			await expect(page.locator(ready)).toHaveCount(1);
			// the checked answer as it was, its verdict shown
			await expect(page.locator('.verdict').first()).toBeVisible();
			expect(await device(page, 'attempt:01-jurisdiction')).toMatchObject({ answers: attempt.answers, checked: attempt.checked, tries: attempt.tries });
			expect((await device(page, 'checks')).checks).toEqual(checks.checks);
			await page.close();
		}
		await context.close();
	});
}
