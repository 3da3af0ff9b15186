import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { FORMATS, printed } from './print';
import { messages } from '../support/messages';

// A teacher, on a desktop, opens a module's teacher pack from the Teach page (issue 25), then its
// worksheet and its answer key: each passes axe (light and dark) and prints, on A4 and on Letter,
// to the number of pages its print CSS is made for. French with module 1, English with module 4
// (every module is in steps: each plan reads the steps, each linked to its page). The pack pages
// are left out of accessibility.e2e.ts's sweep (tests/e2e/pages.ts): this spec is their axe run — the pack in
// both languages, the worksheet in French and the key in English (axe takes 6–9 s a page and a
// theme on a loaded two-core machine; the two pages' markup does not change with the language).

/** Millimetres to CSS pixels (96 per inch). */
const MM = 96 / 25.4;
/** The print margin of the pack's pages (@page), in millimetres. */
const MARGIN = 12;


/** axe finds nothing in the page as it is now, in the light and the dark theme. */
async function axe(page: Page) {
	const problems: string[] = [];
	for (const theme of ['light', 'dark'] as const) {
		await page.emulateMedia({ media: 'screen', colorScheme: theme });
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		for (const v of results.violations) problems.push(`${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}
	await page.emulateMedia({ colorScheme: 'light' });
	expect(problems, page.url()).toEqual([]);
}


/**
 * The pages a list of questions (worksheet) or answers (key) should take, for each format: the
 * list's items, never cut (break-inside: avoid) but for those the print styles let break (a
 * comparison of accounts, longer than a page), laid one after the other in columns of a page's
 * printable height, as a printer paginates them. Heights are measured in print styles at the
 * printable width of the format. Also says whether every item fits on one page.
 */
async function expectedPages(page: Page, list: string): Promise<Record<keyof typeof FORMATS, { pages: number; fits: boolean }>> {
	const out = {} as Record<keyof typeof FORMATS, { pages: number; fits: boolean }>;
	const viewport = page.viewportSize()!;
	await page.emulateMedia({ media: 'print' });
	for (const [format, size] of Object.entries(FORMATS) as [keyof typeof FORMATS, (typeof FORMATS)[keyof typeof FORMATS]][]) {
		const height = (size.height - 2 * MARGIN) * MM;
		await page.setViewportSize({ width: Math.floor((size.width - 2 * MARGIN) * MM), height: Math.floor(height) });
		const layout = await page.locator(list).evaluate((element) => {
			const style = getComputedStyle(element);
			return {
				top: element.getBoundingClientRect().top + window.scrollY - (document.querySelector('main')?.getBoundingClientRect().top ?? 0) - window.scrollY,
				columns: style.columnCount === 'auto' ? 1 : Number(style.columnCount),
				items: [...element.children].map((item) => {
					const s = getComputedStyle(item);
					// an item the print styles let break (a comparison of accounts, longer than a page) flows on
					return { height: item.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom), breaks: s.breakInside !== 'avoid' };
				})
			};
		});
		let columns = 1;
		let used = layout.top;
		for (const { height: item, breaks } of layout.items) {
			if (!breaks && used + item > height && used > 0) {
				columns += 1;
				used = 0;
			}
			used += item;
			while (breaks && used > height) {
				columns += 1;
				used -= height;
			}
		}
		out[format] = { pages: Math.ceil(columns / layout.columns), fits: layout.items.every((item) => item.breaks || item.height <= height) };
	}
	await page.setViewportSize(viewport);
	await page.emulateMedia({ media: 'screen' });
	return out;
}

for (const { lang, module, axed } of [
	{ lang: 'fr', module: '01-jurisdiction', axed: '.questions' },
	{ lang: 'en', module: '04-pressure', axed: '.answers' }
] as const) {
	test(`teacher pack (${lang}, ${module}): opened from the Teach page, accessible, printed to its pages`, async ({ page }) => {
		test.setTimeout(90_000);
		const m = messages[lang];
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`/${lang}/teach/`);

		// the Teach page lists a pack per module; this module's opens its pack
		const packs = page.getByRole('region', { name: m.pack_teach_heading });
		await expect(packs.getByRole('link')).toHaveCount(4);
		await packs.getByRole('link', { name: new RegExp(`^${m.pack_short} · ${Number(module.slice(0, 2))}\\. `) }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/teach/${module}/$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText(m.pack_short);
		for (const heading of [m.pack_plan_50, m.pack_plan_2x50, m.pack_discussion, m.pack_controversy, m.pack_role_cards, m.pack_guidance]) {
			await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
		}
		// two positions, each with its sources; five role cards
		await expect(page.locator('.position')).toHaveCount(2);
		for (const position of await page.locator('.position').all()) expect(await position.locator('.pack-sources li').count()).toBeGreaterThan(0);
		await expect(page.locator('.card')).toHaveCount(5);
		// the plans read the module's steps, each linked to its page
		await expect(page.locator('table.plan').first()).toContainText(m.pack_read_how_steps);
		await expect(page.locator('table.plan .segments a').first()).toHaveAttribute('href', new RegExp(`^/${lang}/modules/${module}/[a-z0-9-]+/$`));
		await axe(page);

		// each part of the pack starts a page, on A4 and on Letter; a part longer than a page (module
		// 1's controversy in French, once its second reading added the Appeals Chamber's judgment)
		// takes one more, never more: without the page breaks the pack would print on fewer pages
		const sheets = await page.locator('.sheet').count();
		expect(sheets).toBeGreaterThanOrEqual(6);
		const pages = await printed(page);
		for (const format of ['A4', 'Letter'] as const) {
			expect(pages[format], `${format}: a page per part, at most one part on two`).toBeGreaterThanOrEqual(sheets);
			expect(pages[format], `${format}: a page per part, at most one part on two`).toBeLessThanOrEqual(sheets + 1);
		}

		// the worksheet and the answer key, from the pack
		for (const { link, list } of [
			{ link: m.pack_worksheet_link, list: '.questions' },
			{ link: m.pack_key_link, list: '.answers' }
		]) {
			await page.goto(`/${lang}/teach/${module}/`);
			await page.getByRole('link', { name: link }).click();
			await expect(page.locator(list)).toBeVisible();
			if (list === axed) await axe(page);
			const expected = await expectedPages(page, list);
			const pages = await printed(page);
			for (const format of ['A4', 'Letter'] as const) {
				expect(expected[format].fits, `${list}: every item fits on one ${format} page`).toBe(true);
				// measured on the screen's layout engine, a page's last line may fall either side
				expect(Math.abs(pages[format] - expected[format].pages), `${list} on ${format}: ${pages[format]} pages printed, ${expected[format].pages} expected`).toBeLessThanOrEqual(1);
			}
		}
		// the worksheet gives no answer: the key's first answer is not on it
		await page.goto(`/${lang}/teach/${module}/key/`);
		const why = (await page.locator('.answers > li').first().locator('p').nth(2).innerText()).trim();
		await page.goto(`/${lang}/teach/${module}/worksheet/`);
		await expect(page.locator('.questions')).not.toContainText(why.slice(why.indexOf(' ') + 1, 80));
	});
}
