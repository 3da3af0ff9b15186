import { expect, test } from '@playwright/test';
import { decodeAssignment } from '../../src/lib/assignments/assignment';
import { allPages } from './pages';
import { answerSomething } from './answer';

const known = { modules: ['01-jurisdiction', '02-cyber', '03-sanctions', '04-pressure'], questionIds: [] };

// `csr = false` once, in the root layout: no page starts SvelteKit's client (its start script is in
// _app/immutable/entry/); each page has its inline script, which names the enhance module.
test('no page ships the SvelteKit client', async ({ request }) => {
	for (const path of allPages) {
		const html = await (await request.get(path)).text();
		expect(html, path).not.toContain('/_app/immutable/entry/');
		expect(html, path).toMatch(/<script data-enhance="\/_app\/immutable\/enhance\.[\w-]+\.js">/);
	}
});

// An island's styles are put inline once (inlineIslandStyles): SvelteKit inlines those of the
// components a page's own code reaches, and the quiz page carried its island's three twice.
test('no page carries the same stylesheet inline twice', async ({ request }) => {
	for (const path of allPages) {
		const html = await (await request.get(path)).text();
		const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).filter((css) => css.length > 40);
		const twice = styles.filter((css, i) => styles.some((other, j) => j !== i && other.includes(css)));
		expect(twice.map((css) => css.slice(0, 60)), path).toEqual([]);
	}
});

// A component imported on demand (a case question's widget) brings its styles when it is shown:
// they are not in the page before (dropLazyStyles: SvelteKit inlined them, issue 27's first paint),
// every page keeps its policy valid, and the case is drawn styled.
test('a case question is styled by a stylesheet fetched when it is shown, not carried by the quiz page', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to apply/i.test(message.text())) violations.push(message.text());
	});
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (/\/_app\/immutable\/assets\/.*\.css$/.test(request.url())) fetched.push(request.url());
	});
	const path = '/en/modules/02-cyber/quiz/';
	const html = await (await page.request.get(path)).text();
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(path);
	await expect(page.locator('.quiz[data-ready="true"]')).toBeAttached();
	const decision = page.locator('.question fieldset.qw-decision').first();
	for (let n = 0; n < 40 && !(await decision.count()); n++) {
		await page.getByRole('button', { name: /^(Next|Continue)/ }).first().click();
	}
	await expect(decision).toBeVisible();
	// a rule of the case widget's own stylesheet applies: its decisions are ruled off, not boxed
	await expect(decision).toHaveCSS('border-top-style', 'solid');
	await expect(decision).toHaveCSS('border-left-style', 'none');
	const sheet = fetched.find((url) => /\/Case\.[^/]+\.css$/.test(url));
	expect(sheet, 'the case widget\'s stylesheet is fetched once a case is shown').toBeDefined();
	const css = (await (await page.request.get(sheet!)).text()).trim();
	expect(css.length).toBeGreaterThan(100);
	expect(html.includes(css.slice(0, 80)), 'the quiz page carries none of it').toBe(false);
	expect(violations).toEqual([]);
});

// Interactive parts are islands (src/lib/islands/README.md): hydrated in place, not drawn again.
// A hydration mismatch makes Svelte throw the server's HTML away and render from scratch (the
// page still works, so only this test would notice), with a warning in the console.
const stable = [
	'/fr/modules/01-jurisdiction/quiz/',
	'/en/progress/',
	'/fr/teach/',
	'/en/teach/results/',
	'/fr/search/'
];

for (const path of stable) {
	test(`${path}: the island keeps the server-rendered elements when it is hydrated`, async ({ page }) => {
		const messages: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning' || message.type() === 'error') messages.push(message.text());
		});
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				(window as unknown as { before: Element[] }).before = [...document.querySelectorAll('[data-island] *')];
			});
		});
		await page.goto(path);
		await expect(page.locator('[data-island]')).toHaveAttribute('data-hydrated', '');
		const { before, kept } = await page.evaluate(() => {
			const nodes = (window as unknown as { before: Element[] }).before;
			return { before: nodes.length, kept: nodes.filter((node) => node.isConnected).length };
		});
		expect(before).toBeGreaterThan(0);
		expect(kept).toBe(before);
		expect(messages).toEqual([]);
	});
}

test('/fr/modules/02-cyber/quiz/: question 1 is on screen at once; answers that cannot be loaded are reported at Check in the page language, nothing is lost', async ({ page }) => {
	// The quiz starts without its answers (issue 27): they are fetched behind question 1 and
	// awaited only by Check. Here they cannot be had (neither question 1's own nor the others), then they can.
	await page.route('**/quiz/{keys,first-key}.json', (route) => route.abort());
	await page.goto('/fr/modules/02-cyber/quiz/');
	await expect(page.locator('[data-island="quiz"]')).toHaveAttribute('data-hydrated', '');
	await expect(page.getByRole('heading', { name: /^Question 1 sur/ })).toBeVisible();
	await answerSomething(page);
	const chosen = await page.locator('.question input:checked, .question input[type="text"]').count();
	await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText(/Les réponses n’ont pas pu être chargées/);
	// nothing graded, the answer kept
	await expect(page.locator('.question input:checked, .question input[type="text"]')).toHaveCount(chosen);
	await expect(page.getByRole('button', { name: 'Vérifier', exact: true })).toBeVisible();
	// the connection is back: the same press checks the answer
	await page.unroute('**/quiz/{keys,first-key}.json');
	await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.locator('[id^="feedback-"]')).toBeVisible();
});

test('question 1 does not wait for the answers: it is answered while its key is still on its way, and Check waits for it', async ({ page }) => {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/quiz/{keys,first-key}.json', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/en/modules/01-jurisdiction/quiz/');
	await expect(page.locator('[data-island="quiz"]')).toHaveAttribute('data-hydrated', '');
	await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
	await answerSomething(page);
	// Check waits for the keys, then grades
	const check = page.getByRole('button', { name: 'Check', exact: true }).click();
	release();
	await check;
	await expect(page.locator('[id^="feedback-"]')).toBeVisible();
});

test('a quiz page loads no answers until the learner reaches for the quiz, then once; with a saved attempt at once', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('/quiz/keys.json')) fetched.push(request.url());
	});
	const response = await page.goto('/en/modules/01-jurisdiction/quiz/');
	// the page itself carries no answer: a learner reading its source finds none
	expect(await response!.text()).not.toContain('"answer"');
	await expect(page.locator('[data-island="quiz"]')).toHaveAttribute('data-hydrated', '');
	await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
	await page.waitForTimeout(500);
	// about 30 KB: not part of the page's first load (its 80 KB)
	expect(fetched).toEqual([]);
	await answerSomething(page);
	await expect.poll(() => fetched.length).toBe(1);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await expect(page.locator('[id^="feedback-"]')).toBeVisible();
	expect(fetched).toHaveLength(1);
	await page.reload();
	await expect(page.locator('[data-island="quiz"]')).toHaveAttribute('data-hydrated', '');
	expect(fetched).toHaveLength(2);
});

test('a quiz whose questions cannot be loaded says so in the page language, and the page is kept', async ({ page }) => {
	await page.route('**/quiz/views.json', (route) => route.abort());
	await page.goto('/fr/modules/02-cyber/quiz/');
	await expect(page.getByRole('alert')).toHaveText(/ses questions n’ont pas été chargées/);
	await expect(page.locator('[data-island="quiz"]')).not.toHaveAttribute('data-hydrated', '');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

// What the review and assignment pages fetch: every quiz's answers (keys.json), and questions that
// include the navigator's cases (module 1's graded cases: one file missing is enough).
for (const [path, name, blocked, message] of [
	['/en/review/', 'review', '**/quiz/keys.json', /The review could not start: the quizzes’ answers were not loaded/],
	['/fr/assignment/', 'assignment', '**/quiz/keys.json', /Le devoir n’a pas pu démarrer.*les réponses des quiz n’ont pas été chargées/],
	['/fr/review/', 'review', '**/navigator/cases/views.json', /La révision n’a pas pu démarrer.*les questions des quiz n’ont pas été chargées/],
	['/en/assignment/', 'assignment', '**/navigator/cases/views.json', /The assignment could not start: the quizzes’ questions were not loaded/]
] as const) {
	test(`${path}: ${blocked.includes('keys') ? 'answers' : 'questions'} that cannot be loaded are reported in the page language, the page is kept`, async ({ page }) => {
		await page.route(blocked, (route) => route.abort());
		await page.goto(path);
		await expect(page.getByRole('alert')).toHaveText(message);
		await expect(page.locator(`[data-island="${name}"]`)).not.toHaveAttribute('data-hydrated', '');
		await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	});
}

test('no page carries the answers, which come from keys.json, nor the questions, which come from views.json', async ({ page, request }) => {
	for (const path of ['/en/modules/01-jurisdiction/quiz/', '/en/navigator/cases/', '/fr/review/', '/en/assignment/']) {
		const html = await (await request.get(path)).text();
		const props = html.match(/data-props="([^"]*)"/)![1].replaceAll('&quot;', '"');
		// every island fetches its questions: a quiz page's kept it within a slow network's first
		// round trip; the review deck and an assignment, which take every quiz's, carried about
		// 40 KB (compressed) of them, in the page and again offline beside the views.json files
		expect(props).not.toContain('"prompt"');
		expect(props).not.toMatch(/"(explanation|accepted|feedback)"/);
		// what the server drew is still there: the page's own headings, and for an assignment its
		// first screen (which says what the link holds once the island has read it)
		expect(html).toMatch(/<h1\b/);
	}
	// the review page's HTML was 285 KB (FR, 7 December 2026), 270 KB of it the questions' props
	const review = await (await request.get('/fr/review/')).text();
	expect(review.length).toBeLessThan(60_000);
	for (const path of ['/fr/review/', '/en/assignment/']) {
		const html = await (await request.get(path)).text();
		const props = JSON.parse(html.match(/data-props="([^"]*)"/)![1].replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
		// module 1's questions: its quiz's, then its graded cases' (the navigator's): files kept offline anyway
		const lang = path.slice(1, 3);
		expect(props.viewsUrls[0]).toEqual([`/${lang}/modules/01-jurisdiction/quiz/views.json`, `/${lang}/navigator/cases/views.json`]);
		expect(props.viewsUrls.slice(1)).toEqual(props.keysUrls.slice(1).map((url: string) => [url.replace(/keys\.json$/, 'views.json')]));
	}
	for (const url of ['/en/modules/01-jurisdiction/quiz/views.json', '/fr/navigator/cases/views.json']) {
		const views = await (await request.get(url)).text();
		expect(views).toContain('"prompt"');
		expect(views).not.toMatch(/"(explanation|accepted|feedback)"/);
	}
	const keys = await (await request.get('/en/modules/01-jurisdiction/quiz/keys.json')).json();
	expect(Object.keys(keys.keys).length).toBeGreaterThan(5);
	// question 1's key alone, apart (fetched with the questions): the key of the question drawn first
	const first = await (await request.get('/en/modules/01-jurisdiction/quiz/first-key.json')).json();
	const html = await (await request.get('/en/modules/01-jurisdiction/quiz/')).text();
	const drawn = html.match(/<div class="question" data-question-id="([^"]+)"/)![1];
	expect(Object.keys(first.keys)).toEqual([drawn]);
	await page.goto('/en/modules/01-jurisdiction/quiz/');
	await expect(page.locator('[data-island="quiz"]')).toHaveAttribute('data-hydrated', '');
});

test('what a teacher types and presses before the builder has started is not lost', async ({ page }) => {
	// A slow network: the island's module is held back until the teacher has pressed the button.
	// Before this, pressing "Create the link" submitted the bare form and reloaded the page, losing
	// what was typed.
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/islands/teach.*.js', async (route) => {
		await released;
		await route.continue();
	});
	await page.goto('/en/teach/');
	await page.getByLabel('Title', { exact: true }).fill('Early bird');
	await page.getByRole('group', { name: 'Modules' }).getByRole('checkbox').nth(1).check();
	await page.getByLabel('Students’ language').selectOption('fr');
	await page.getByRole('button', { name: 'Create the link' }).click();
	await expect(page.locator('[data-island="teach"]')).toHaveAttribute('aria-busy', 'true');
	await expect(page.locator('[data-island="teach"]')).not.toHaveAttribute('data-hydrated', '');
	release();
	const link = page.getByRole('textbox', { name: 'Link to the assignment' });
	await expect(link).toHaveValue(/\/fr\/assignment\/#v2\./, { timeout: 10_000 });
	const decoded = decodeAssignment(await link.inputValue(), known);
	expect(decoded.ok && decoded.assignment.modules).toEqual(['02-cyber']);
	expect(decoded.ok && decoded.assignment.title).toBe('Early bird');
	await expect(page.locator('[data-island="teach"]')).not.toHaveAttribute('aria-busy');
	expect(page.url()).not.toContain('?'); // no native form submission
});

test('an option chosen in a step’s check before its island has started stays chosen, and Check grades it', async ({ page }) => {
	// Hydration draws each option from the island's state (nothing chosen) and would untick what the
	// learner ticked meanwhile (issue 27: found by the time-to-first-answer bench).
	await page.setViewportSize({ width: 390, height: 844 });
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/islands/step-checks.*.js', async (route) => {
		await released;
		await route.continue();
	});
	await page.goto('/en/modules/01-jurisdiction/warrants/');
	const island = page.locator('[data-island="step-checks"]');
	await island.scrollIntoViewIfNeeded();
	const radio = island.locator('.check').first().getByRole('radio').first();
	await radio.check();
	release();
	await expect(island).toHaveAttribute('data-hydrated', '');
	await expect(page.locator('.step-checks[data-ready="true"]')).toBeVisible();
	await expect(radio).toBeChecked();
	await island.locator('.check').first().getByRole('button', { name: 'Check', exact: true }).click();
	await expect(island.locator('.check').first().locator('.verdict')).toBeVisible();
});

// Nothing a question's screen draws reads a key: every question of every quiz is shown and answered
// while no key can be had (an attempt, its order, the grid of answered questions, each widget).
for (const module of ['01-jurisdiction', '02-cyber', '03-sanctions', '04-pressure']) {
	test(`${module}: every question is shown and answered before its key has arrived`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.route('**/quiz/{keys,first-key}.json', (route) => route.abort());
		await page.goto(`/en/modules/${module}/quiz/`);
		await expect(page.locator('[data-island="quiz"]')).toHaveAttribute('data-hydrated', '');
		const heading = page.getByRole('heading', { name: /^Question \d+ of/ });
		const total = Number((await heading.innerText()).match(/of (\d+)/)![1]);
		for (let n = 1; n <= total; n++) {
			await expect(page.getByRole('heading', { name: new RegExp(`^Question ${n} of`) })).toBeVisible();
			await answerSomething(page);
			if (n < total) await page.getByRole('button', { name: 'Next question →', exact: true }).click();
		}
		// the grid of questions asks each question's validator, and nothing is thrown
		await page.locator('summary', { hasText: 'All questions' }).click();
		await expect(page.getByRole('button', { name: /^Question \d+, (answered|not answered)/ })).toHaveCount(total);
		// (answerSomething leaves an ordering as dealt: not an answer yet, and the grid says so)
		expect(await page.getByRole('button', { name: /^Question \d+, answered/ }).count()).toBeGreaterThanOrEqual(total - 2);
		expect(errors).toEqual([]);
	});
}
