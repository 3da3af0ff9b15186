import { expect, test, type Page } from '@playwright/test';

// The modules in steps (issue 20: module 1; issue 21: module 2; issue 22: modules 3 and 4), as a student takes them on a phone,
// in both languages: step 1 read, its check answered, a citation and a glossary term opened with the
// keyboard, on to step 2, and after a reload the check is still answered. And each lesson stays
// short: its text (prose, citation markers, pictures, closed panels) fits in 25 phone screens.
/** each module in steps, with a step in its middle (for the language switch) */
const modules = { '01-jurisdiction': 'who-can-refer', '02-cyber': 'across-borders', '03-sanctions': 'what-it-does', '04-pressure': 'several-accounts' } as const;
const phone = { width: 390, height: 844 };
const words = {
	fr: { start: 'Commencer la leçon', step: /^Étape (\d+) sur (\d+)$/, check: 'Vérifier', continue: 'Continuer', tocDone: '(questions répondues)' },
	en: { start: 'Start the lesson', step: /^Step (\d+) of (\d+)$/, check: 'Check', continue: 'Continue', tocDone: '(checks answered)' }
} as const;

async function stepNumber(page: Page, lang: 'fr' | 'en'): Promise<number> {
	const text = (await page.locator('.where .count').innerText()).trim();
	const match = words[lang].step.exec(text);
	expect(match, text).not.toBeNull();
	return Number(match![1]);
}

for (const [module, middle] of Object.entries(modules)) for (const lang of ['fr', 'en'] as const) {
	test(`${module} ${lang}: a student reads step 1 and answers its check, opens a citation and a term by keyboard, continues, and finds the check answered after a reload`, async ({ page }) => {
		await page.setViewportSize(phone);
		await page.goto(`/${lang}/modules/${module}/`);
		await page.getByRole('link', { name: words[lang].start }).click();
		expect(await stepNumber(page, lang)).toBe(1);
		const stepOne = new URL(page.url()).pathname;

		// A citation marker opens its quotation in place, by keyboard.
		const marker = page.locator('article details.cite-marker').first();
		await expect(marker.locator('blockquote')).toBeHidden();
		await marker.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(marker.locator('blockquote')).toBeVisible();

		// A glossary term opens its definition in place, and Escape closes it.
		const term = page.locator('article button.term').first();
		await term.focus();
		await page.keyboard.press('Enter');
		const definition = page.locator('.term-definition:popover-open');
		await expect(definition).toBeVisible();
		await expect(definition).toContainText((await page.locator('.term-definition').first().locator('strong').innerText()).trim());
		await page.keyboard.press('Escape');
		await expect(definition).toHaveCount(0);
		await expect(term).toBeFocused();

		// The check, graded in place (its code is fetched as the reader nears it).
		await page.locator('.step-checks').scrollIntoViewIfNeeded();
		const checks = page.locator('.step-checks[data-ready="true"]');
		await expect(checks).toBeVisible();
		const first = checks.locator('.check').first();
		await first.getByRole('radio').first().check();
		await first.getByRole('button', { name: words[lang].check, exact: true }).click();
		const verdict = first.locator('.verdict');
		await expect(verdict).toBeVisible();
		const said = await verdict.innerText();

		const stepOneChecks = await checks.locator('.check').count();

		// Continue to step 2.
		await page.getByRole('link', { name: new RegExp(`^${words[lang].continue}`) }).click();
		expect(await stepNumber(page, lang)).toBe(2);

		// The table of contents, opened by keyboard, marks the steps whose checks are all answered
		// (its code is fetched as it is reached for): step 1 once every one of its checks is.
		const toc = page.locator('nav.where details.toc');
		await toc.locator('summary').focus();
		await page.keyboard.press('Enter');
		const items = toc.locator('li');
		await expect(items.nth(1).locator('[aria-current="step"]')).toBeVisible();
		// the marks are drawn once its island has started (fetched on that focus: slow on a loaded machine)
		await expect(page.locator('[data-island="step-toc"]')).toHaveAttribute('data-hydrated', '', { timeout: 15_000 });
		const done = words[lang].tocDone;
		if (stepOneChecks === 1) await expect(items.nth(0)).toContainText(done);
		else await expect(items.nth(0)).not.toContainText(done);
		await expect(items.nth(1)).not.toContainText(done);

		// Back on step 1 after a reload, the check is still answered, with the same verdict.
		await page.goto(stepOne);
		await page.reload();
		await page.locator('.step-checks').scrollIntoViewIfNeeded();
		await expect(page.locator('.step-checks[data-ready="true"] .check').first().locator('.verdict')).toHaveText(said);
	});

	test(`${module} ${lang}: the language switch lands on the same step`, async ({ page }) => {
		await page.goto(`/${lang}/modules/${module}/${middle}/`);
		const other = lang === 'fr' ? 'en' : 'fr';
		await page.locator(`a[data-lang-switch][hreflang="${other}"]`).click();
		await expect(page).toHaveURL(new RegExp(`/${other}/modules/${module}/${middle}/$`));
	});

	test(`${module} ${lang}: the lesson's text fits in 25 phone screens with every panel closed`, async ({ page }) => {
		await page.setViewportSize(phone);
		await page.goto(`/${lang}/modules/${module}/`);
		const steps = await page.locator('ol.steps a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(steps.length).toBeGreaterThan(5);
		let height = 0;
		for (const href of steps) {
			await page.goto(href);
			await expect(page.locator('details[open]')).toHaveCount(0);
			// the step's title, prose, citation markers, pictures and closed panels; not its checks
			height += await page.locator('article.step').evaluate((article) => {
				const checks = article.querySelector('.checks');
				return article.getBoundingClientRect().height - (checks ? checks.getBoundingClientRect().height : 0);
			});
		}
		expect(height / phone.height).toBeLessThanOrEqual(25);
	});
}

test('without JavaScript a step is readable whole: text, pictures, Go deeper panels and the checks’ questions', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
	const page = await context.newPage();
	await page.goto('/en/modules/01-jurisdiction/who-can-refer/');
	await expect(page.locator('article h1')).toBeVisible();
	await expect(page.locator('article figure svg[role="img"]').first()).toBeVisible();
	const panel = page.locator('article details.deeper').first();
	await panel.locator(':scope > summary').click();
	await expect(panel.locator('.deeper-body')).toBeVisible();
	await expect(page.locator('.step-checks .check').first()).toBeVisible();
	await context.close();
});

test('the whole lesson prints on one page, with its panels and quotations open', async ({ page }) => {
	await page.goto('/en/modules/01-jurisdiction/print/');
	const steps = page.locator('article.lesson section.step');
	expect(await steps.count()).toBeGreaterThan(5);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('details.deeper .deeper-body').first()).toBeVisible();
	await expect(page.locator('details.cite-marker blockquote').first()).toBeVisible();
});
