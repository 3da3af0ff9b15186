import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { messages } from '../support/messages';

// Issue 27, decision 23: a quiz page and a step rehearse their first Check just after their island
// starts (Rehearsal.svelte): a copy of the checks answers question 1 with its key and checks it,
// apart from the page, then is laid out off screen, inert and hidden from assistive technology, and
// goes. What a learner must never notice: the copy is never seen in the page, takes no focus, saves
// nothing on the device, leaves no element behind, shares no element id or radio group with the
// learner's own checks (an answer ticked before the island started stays ticked), and does not run
// when the learner's Check already waits for the key.

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' as const };

/**
 * Watches the rehearsal. Its copy is in the page only inside one task, between being put in its
 * off-screen box and that box being laid out (Rehearsal.svelte reads the box's size, then removes
 * the copy): at that moment it records what the copy drew (its verdicts' text) and any id or radio
 * group it shares with an element outside it. And at every change of the page, whether anything of
 * a rehearsal could be seen in it (nothing should: no selector, no assistive technology ever
 * meets the copy).
 */
const WATCH = () => {
	const seen = { verdicts: [] as string[], clashes: [] as string[], seenInPage: 0 };
	(window as unknown as { __rehearsal: typeof seen }).__rehearsal = seen;
	const measure = Element.prototype.getBoundingClientRect;
	Element.prototype.getBoundingClientRect = function (this: Element) {
		if (this.matches('.rehearsal')) {
			for (const el of this.querySelectorAll('*')) {
				if (el.matches('.verdict')) seen.verdicts.push(el.textContent!.replace(/\s+/g, ' ').trim());
				if (el.id && [...document.querySelectorAll(`[id="${CSS.escape(el.id)}"]`)].some((other) => !other.closest('.rehearsal'))) seen.clashes.push(`id ${el.id}`);
				const name = el instanceof HTMLInputElement && el.type === 'radio' ? el.name : '';
				if (name && [...document.querySelectorAll(`input[type="radio"][name="${CSS.escape(name)}"]`)].some((other) => !other.closest('.rehearsal'))) seen.clashes.push(`radio group ${name}`);
			}
		}
		return measure.call(this);
	};
	new MutationObserver(() => {
		seen.seenInPage += document.querySelectorAll('.rehearsal *').length;
	}).observe(document, { subtree: true, childList: true });
};

const watched = (page: Page) => page.evaluate(() => (window as unknown as { __rehearsal: { verdicts: string[]; clashes: string[]; seenInPage: number } }).__rehearsal);
const device = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('icc:')));

/**
 * The first Check was rehearsed (its verdict `verdict`), unseen: no id or radio group shared with the
 * learner's, never in the page between tasks, nothing of it left.
 */
async function expectRehearsedUnseen(page: Page, verdict: string) {
	await expect.poll(async () => (await watched(page)).verdicts).toEqual([verdict]);
	expect((await watched(page)).clashes).toEqual([]);
	expect((await watched(page)).seenInPage).toBe(0);
	await expect(page.locator('.rehearsal *')).toHaveCount(0);
	await expect(page.locator('[id^="rehearsal-"]')).toHaveCount(0);
}

async function open(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	page.on('pageerror', (error) => {
		throw error;
	});
	await page.addInitScript(WATCH);
	return page;
}

/** Holds every file matching `pattern` until the returned function is called. */
async function hold(page: Page, pattern: string): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(pattern, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

for (const lang of ['fr', 'en'] as const) {
	const m = messages[lang];

	test(`${lang}: the quiz page rehearses its first Check unseen, and the learner's answer and focus stay theirs`, async ({ browser }) => {
		const context = await browser.newContext(phone);
		const page = await open(context);
		// the learner ticks question 1 before the page's scripts have arrived (as on a slow network)
		const release = await hold(page, '**/_app/immutable/**');
		await page.goto(`/${lang}/modules/01-jurisdiction/quiz/`, { waitUntil: 'domcontentloaded' });
		const question = page.locator('.quiz .question');
		const id = (await question.getAttribute('data-question-id'))!;
		const ticked = question.locator('input[type="radio"], input[type="checkbox"]').first();
		await ticked.check();
		release();
		await expect(page.locator('.quiz[data-ready="true"]')).toHaveCount(1);

		await expectRehearsedUnseen(page, `✓ ${m.quiz_correct}`);
		// the learner's own: their tick, their focus, the mode chosen above the question, nothing checked
		await expect(ticked).toBeChecked();
		await expect(ticked).toBeFocused();
		await expect(page.locator('.quiz .about input[type="radio"]:checked')).toHaveCount(1);
		await expect(page.locator('.quiz .verdict')).toHaveCount(0);
		// on the device: the learner's attempt (their tick) and nothing else — no check, no progress
		expect(await device(page)).toEqual([`icc:attempt:01-jurisdiction`]);
		const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('icc:attempt:01-jurisdiction')!));
		expect(saved.checked).toEqual({});

		// the learner's Check is theirs as before: graded, and the focus on their verdict
		await page.getByRole('button', { name: m.quiz_check, exact: true }).click();
		await expect(page.locator(`#feedback-${id}`)).toBeFocused();
		await context.close();
	});

	test(`${lang}: a step rehearses its first Check unseen, saving nothing`, async ({ browser }) => {
		const context = await browser.newContext(phone);
		const page = await open(context);
		await page.goto(`/${lang}/modules/01-jurisdiction/warrants/`);
		// the checks' island starts as they come near the screen
		await page.locator('.step-checks').scrollIntoViewIfNeeded();
		await expect(page.locator('.step-checks[data-ready="true"]')).toHaveCount(1);
		await expectRehearsedUnseen(page, `✓ ${m.quiz_correct}`);
		await expect(page.locator('.step-checks .verdict')).toHaveCount(0);
		await expect(page.locator('body')).toBeFocused();
		expect(await device(page)).toEqual([]);
		await context.close();
	});

	test(`${lang}: no rehearsal once the learner's Check is waiting for question 1's key`, async ({ browser }) => {
		const context = await browser.newContext(phone);
		const page = await open(context);
		// question 1's key and the whole keys file held back: the learner presses Check first
		const releaseFirst = await hold(page, '**/quiz/first-key.json');
		const releaseAll = await hold(page, '**/quiz/keys.json');
		await page.goto(`/${lang}/modules/01-jurisdiction/quiz/`);
		await expect(page.locator('.quiz[data-ready="true"]')).toHaveCount(1);
		const id = (await page.locator('.quiz .question').getAttribute('data-question-id'))!;
		await page.locator('.quiz .question').locator('input[type="radio"], input[type="checkbox"]').first().check();
		await page.getByRole('button', { name: m.quiz_check, exact: true }).click();
		releaseFirst();
		await expect(page.locator(`#feedback-${id}`)).toBeVisible();
		releaseAll();
		await page.waitForTimeout(300);
		expect((await watched(page)).verdicts).toEqual([]);
		await context.close();
	});
}
