import { expect, test, type Locator, type Page } from '@playwright/test';
import { casesFile } from '../support/quiz-file';
import type { Question } from '../../src/lib/quiz/types';

// "Can the Court act?" graded cases (issue 23), as a student on a phone, in both languages: two
// cases solved, the first with one decision wrong; both are then on the progress page (one solved,
// both in the mastery of their objectives) and the mistaken one comes back in the review deck.
type CaseQuestion = Extract<Question, { type: 'case' }>;
const cases = casesFile('01-jurisdiction') as CaseQuestion[];
const phone = { width: 390, height: 844 };
const words = {
	fr: { start: 'Commencer', check: 'Vérifier', next: /^(Question suivante|Continuer)/, solved: /résolus\s*:\s*1 sur/, review: 'Revoir mes erreurs', question: /Question 1 sur/ },
	en: { start: 'Start', check: 'Check', next: /^(Next question|Continue)/, solved: /solved: 1 of/, review: 'Review my mistakes', question: /Question 1 of/ }
} as const;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function currentCase(page: Page, lang: 'fr' | 'en'): Promise<CaseQuestion> {
	const legend = squash(await page.locator('.question fieldset legend').first().innerText());
	const found = cases.find((c) => squash(c.view.prompt[lang]) === legend);
	expect(found, legend).toBeDefined();
	return found!;
}

async function decide(group: Locator, label: string) {
	await group.getByRole('radio', { name: label, exact: true }).check();
}

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: two graded cases on a phone, one decision wrong; both in progress, the missed one in review`, async ({ page }) => {
		test.setTimeout(120_000);
		expect(cases.length).toBeGreaterThanOrEqual(12);
		await page.setViewportSize(phone);
		await page.goto(`/${lang}/navigator/cases/`);
		await page.getByRole('button', { name: words[lang].start, exact: true }).click();
		const form = page.locator('.question');
		const objectives = new Set<string>();
		for (const round of [0, 1]) {
			const question = await currentCase(page, lang);
			question.view.objectives.forEach((o) => objectives.add(o));
			for (const [i, decision] of question.view.decisions.entries()) {
				const right = question.key.answer[decision.id];
				const chosen = round === 0 && i === 0 ? decision.options.find((o) => o.id !== right)! : decision.options.find((o) => o.id === right)!;
				await decide(form.getByRole('group', { name: squash(decision.prompt[lang]), exact: true }), chosen.label[lang]);
			}
			await page.getByRole('button', { name: words[lang].check, exact: true }).click();
			// one mark per decision: one wrong in the first case, none in the second
			await expect(form.locator('fieldset.qw-decision .qw-mark')).toHaveCount(question.view.decisions.length);
			await expect(form.locator('.qw-mark.qw-bad')).toHaveCount(round === 0 ? 1 : 0);
			if (round === 0) await page.getByRole('button', { name: words[lang].next }).first().click();
		}
		// the progress page counts the solved case (every decision right), under module 1
		await page.goto(`/${lang}/progress/`);
		await expect(page.getByRole('link', { name: words[lang].solved })).toBeVisible();
		// and the mastery of the cases' objectives (nothing else answered: the others are not yet assessed)
		await expect(page.locator('.mastery meter')).toHaveCount(objectives.size);
		const items = await page.evaluate(() => JSON.parse(localStorage.getItem('icc:progress')!).items as Record<string, { module: string; lastScore: number }>);
		expect(Object.values(items).map((item) => item.module)).toEqual(['01-jurisdiction', '01-jurisdiction']);
		expect(Object.values(items).map((item) => item.lastScore === 1).sort()).toEqual([false, true]);
		// the missed case is in the review deck
		await page.goto(`/${lang}/review/`);
		await page.getByRole('button', { name: words[lang].review }).click();
		await expect(page.getByRole('heading', { name: words[lang].question })).toBeVisible();
		await expect(page.locator('.question fieldset legend').first()).toBeVisible();
		expect(cases.map((c) => squash(c.view.prompt[lang]))).toContain(squash(await page.locator('.question fieldset legend').first().innerText()));
	});
}
