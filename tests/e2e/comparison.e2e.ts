import { expect, test, type Locator, type Page } from '@playwright/test';
import type { QuestionOf } from '../../src/lib/quiz/types';
import { checksFile, quizFile } from '../support/quiz-file';
import { press, tabTo } from './keyboard';
import { messages } from '../support/messages';
import { openOneQuestion } from './one-question';

// "One event, several accounts" (issue 24) on a phone, by keyboard alone, in both languages: a
// teacher's assignment of one comparison (the same QuizRunner as the module's quiz). The accounts
// are read first (where from, who speaks, on what, the exact words, our translation on the English
// page), one under the other, nothing wider than the phone; one decision left open is incomplete,
// not wrong; then every claim tagged and rated, and the comparison is right, each decision marked.
const question = quizFile('04-pressure').questions.find((q) => q.view.id === 'p-accounts-un-body') as QuestionOf<'case'>;
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Choose an option of a radio group as a keyboard user does: Tab into the group, Space, then arrows to it. */
async function chooseByKeyboard(page: Page, group: Locator, value: string) {
	const radios = group.getByRole('radio');
	const target = group.locator(`input[type="radio"][value="${value}"]`);
	await tabTo(page, radios.first());
	await page.keyboard.press('Space');
	for (let i = 0; i < 6 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
	await expect(target).toBeChecked();
}

for (const lang of ['fr', 'en'] as const) {
	test(`a comparison of accounts completed by keyboard at 390 px (${lang})`, async ({ page }) => {
		const m = messages[lang];
		await page.setViewportSize({ width: 390, height: 844 });
		await openOneQuestion(page, lang, '04-pressure', question.view.id);

		const whole = page.getByRole('group', { name: fold(question.view.prompt[lang]) });
		await expect(whole).toBeVisible();
		// the accounts, before the decisions, each with its provenance and its exact words
		const accounts = whole.getByRole('list', { name: m.accounts_label });
		const items = accounts.getByRole('listitem');
		await expect(items).toHaveCount(question.view.accounts!.length);
		for (const [i, account] of question.view.accounts!.entries()) {
			const item = items.nth(i);
			await expect(item).toContainText(fold(account.speaker[lang]));
			await expect(item).toContainText(fold(account.evidence[lang]));
			await expect(item.locator('blockquote')).toHaveText(fold(account.wording));
			const translation = account.translation?.[lang];
			if (translation) await expect(item).toContainText(fold(translation));
		}
		// the French wording is marked French on the English page and shown with our translation there
		await expect(items.first().locator('blockquote')).toHaveAttribute('lang', 'fr');
		// on a phone, one under the other, nothing wider than the screen
		const [a, b] = [await items.nth(0).boundingBox(), await items.nth(1).boundingBox()];
		expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);

		// every decision but the last: Check says what is missing, nothing graded
		const decisions = question.view.decisions;
		for (const decision of decisions.slice(0, -1)) {
			await chooseByKeyboard(page, whole.getByRole('group', { name: fold(decision.prompt[lang]) }), question.key.answer[decision.id]!);
		}
		await press(page, page.getByRole('button', { name: m.quiz_check }));
		await expect(page.getByRole('alert')).toBeVisible();
		await expect(page.getByRole('heading', { name: new RegExp(m.quiz_correct!) })).toHaveCount(0);
		// the last claim, then Check: right, every decision marked, and what shows each
		const last = decisions.at(-1)!;
		await chooseByKeyboard(page, whole.getByRole('group', { name: fold(last.prompt[lang]) }), question.key.answer[last.id]!);
		await press(page, page.getByRole('button', { name: m.quiz_check }));
		await expect(page.getByRole('heading', { name: new RegExp(m.quiz_correct!) }).first()).toBeVisible();
		await expect(whole.getByText(m.accounts_decision_source!)).toHaveCount(decisions.length);
	});
}

// The same exercise as a check of module 4's "several accounts" step, where the lesson tells the
// mailbox story: every claim tagged and rated by keyboard on a phone, graded in place.
const stepCheck = checksFile('04-pressure').find((q) => q.view.id === 'p-check-accounts-compare') as QuestionOf<'case'>;

for (const lang of ['fr', 'en'] as const) {
	test(`the mailbox comparison, a check of the several-accounts step, completed by keyboard at 390 px (${lang})`, async ({ page }) => {
		const m = messages[lang];
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`/${lang}/modules/04-pressure/several-accounts/`);
		// the checks start when the learner reaches them
		await page.locator('.step-checks').scrollIntoViewIfNeeded();
		const check = page.locator(`.step-checks[data-ready="true"] .check[data-question-id="${stepCheck.view.id}"]`);
		await expect(check).toBeVisible();
		await expect(check.getByRole('list', { name: m.accounts_label }).getByRole('listitem')).toHaveCount(stepCheck.view.accounts!.length);
		for (const decision of stepCheck.view.decisions) {
			await chooseByKeyboard(page, check.getByRole('group', { name: fold(decision.prompt[lang]) }), stepCheck.key.answer[decision.id]!);
		}
		await press(page, check.getByRole('button', { name: m.quiz_check, exact: true }));
		await expect(check.locator('.verdict')).toContainText(m.quiz_correct!);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}
