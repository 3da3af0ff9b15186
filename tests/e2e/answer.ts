import type { Page } from '@playwright/test';

/**
 * Gives the question on screen (waiting for one) some complete answer with its first control: often wrong, sometimes
 * right (a number or a word where it is typed). An ordering question needs nothing: the order
 * shown is an answer. A case gets an answer to each of its decisions.
 */
export async function answerSomething(page: Page): Promise<void> {
	// a question on screen first: right after Start, the island may still be starting (it fetches its
	// questions) and the first fieldset would be the mode chooser's
	await page.locator('#question-heading').waitFor();
	// a rarer type's widget (case, evidence) is imported when its question is shown: wait for it,
	// or the answer would be given to nothing (seen in CI: a case drawn in an assignment)
	const group = page.locator('main .question fieldset').first();
	await group.waitFor();
	const radio = group.getByRole('radio');
	const checkbox = group.getByRole('checkbox');
	const text = group.getByRole('textbox');
	const select = group.getByRole('combobox');
	if (await radio.count()) {
		// one radio per group: a case has a group per decision
		const names = new Set(await radio.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).name)));
		for (const name of names) await group.locator(`input[type="radio"][name="${name}"]`).first().check();
	}
	else if (await checkbox.count()) await checkbox.first().check();
	else if (await text.count()) await text.first().fill((await text.first().getAttribute('inputmode')) ? '999' : 'zzz');
	else for (const s of await select.all()) await s.selectOption({ index: 1 });
}
