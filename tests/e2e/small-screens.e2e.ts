import { expect, test } from '@playwright/test';
import { allPages } from './pages';
import { openQuiz } from './quiz-page';

// No horizontal scroll on a 320 px phone, nor at 200 % zoom (a 1280 px window shows 640 CSS px).
// Wide content (tables) may scroll inside its own box, never the page.
// Every page at 320 px; at 640 px (200 % zoom) one page of each kind, a narrower screen being the
// harder case.
const oneOfEachKind = [...new Map(allPages.filter((p) => p !== '/').map((p) => [p.split('/').slice(2, 3).join() + p.split('/').length, p])).values()];
for (const [width, pages] of [[320, allPages.filter((p) => p !== '/')], [640, oneOfEachKind]] as const) {
	test(`pages fit ${width} CSS pixels without horizontal scrolling`, async ({ page }) => {
		test.setTimeout(180_000);
		await page.setViewportSize({ width, height: 800 });
		const overflowing: string[] = [];
		for (const path of pages) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			if (overflow > 0) overflowing.push(`${path} (+${overflow}px)`);
		}
		expect(overflowing).toEqual([]);
	});
}

test('a quiz question of every type fits 320 px while being answered', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 700 });
	await openQuiz(page, '/fr/modules/01-jurisdiction/quiz/');
	for (let i = 0; i < 30; i++) {
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, await page.locator('#question-heading').innerText()).toBeLessThanOrEqual(0);
		const next = page.getByRole('button', { name: /Question suivante/ }).first();
		if (!(await next.count())) break;
		await next.click();
	}
});
