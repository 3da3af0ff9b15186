import type { Locator, Page } from '@playwright/test';

// Reaching and using controls as a keyboard user does: Tab until the control has the focus.
export async function isFocused(locator: Locator): Promise<boolean> {
	return locator.evaluate((el) => el === document.activeElement);
}

export async function tabTo(page: Page, locator: Locator, limit = 120) {
	for (let i = 0; i < limit; i++) {
		if (await isFocused(locator)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${locator} with Tab`);
}

/** Tab to a button and press Enter. */
export async function press(page: Page, button: Locator) {
	await tabTo(page, button);
	await page.keyboard.press('Enter');
}
