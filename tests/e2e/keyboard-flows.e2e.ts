import { expect, test } from '@playwright/test';
import { press, tabTo } from './keyboard';

// The review and teacher flows with the keyboard alone (the student's quiz flow is in quiz.e2e.ts).
test('review: a missed question comes back and is answered with the keyboard alone', async ({ page }) => {
	await page.goto('/en/review/');
	// A question missed earlier (as the quiz would have recorded it).
	await page.evaluate(() =>
		localStorage.setItem(
			'icc:progress',
			JSON.stringify({
				version: 1,
				modules: {},
				items: { 'j-individuals': { module: '01-jurisdiction', lastScore: 0, lastAt: '2026-01-01T00:00:00.000Z', right: 0, wrong: 1 } }
			})
		)
	);
	await page.reload();
	await press(page, page.getByRole('button', { name: 'Review my mistakes' }));
	await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeFocused();
	await tabTo(page, page.getByRole('radio').first());
	await page.keyboard.press('Space');
	await press(page, page.getByRole('button', { name: 'Check' }));
	await expect(page.getByRole('heading', { name: /Correct|Incorrect/ })).toBeFocused();
	await press(page, page.getByRole('button', { name: 'See the results' }));
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
	await expect(page.locator('.results .score')).toHaveText(/^(0|100)%$/);
});

test('teacher: an assignment is built with the keyboard alone', async ({ page }) => {
	await page.goto('/en/teach/');
	await expect(page.locator('[data-ready="true"]')).toBeAttached();
	await tabTo(page, page.getByLabel('Title', { exact: true }));
	await page.keyboard.type('Keyboard check');
	await tabTo(page, page.getByRole('group', { name: 'Modules' }).getByRole('checkbox').first());
	await page.keyboard.press('Space');
	await press(page, page.getByRole('button', { name: 'Create the link' }));
	await expect(page.getByRole('textbox', { name: 'Link to the assignment' })).toHaveValue(/\/en\/assignment\/#v2\./);
	await expect(page.getByRole('img', { name: /QR code of the link/ })).toBeVisible();
});
