import { expect, test } from '@playwright/test';

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
