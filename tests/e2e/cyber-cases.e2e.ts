import { expect, test, type Locator, type Page } from '@playwright/test';
import { siteContent } from '../support/content';
import { messages } from '../support/messages';
import { quizFile } from '../support/quiz-file';
import type { Question } from '../../src/lib/quiz/types';
import { openQuiz } from './quiz-page';

// Module 2's classification exercise (issue 21): "Is this cyber operation a crime the Court could
// try?" — the quiz's case questions, walked on a phone with the keyboard, in both languages. The
// first case is decided with one mistake: each decision is marked, the chosen option's feedback
// and the article that decides it are shown; the other cases are decided right; the score counts
// the mistaken case as its share of decisions right, and the quiz page still says so after a reload.
const module = '02-cyber';
const quiz = quizFile(module);
type CaseQuestion = Extract<Question, { type: 'case' }>;
const cases = quiz.questions.filter((q): q is CaseQuestion => q.type === 'case');
const phone = { width: 390, height: 844 };
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The quiz's words a learner clicks and reads (messages/*.json). */
function wordsIn(lang: 'fr' | 'en') {
	const m = messages[lang];
	return {
		check: m.quiz_check!,
		next: new RegExp(`^(${escape(m.quiz_next!)}|${escape(m.quiz_continue!)})`),
		source: m.quiz_decision_source!,
		why: m.quiz_why!,
		walkThere: m.quiz_case_navigator!
	};
}
const words = { fr: wordsIn('fr'), en: wordsIn('en') };
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The case whose facts are the current question's legend, or undefined on another question. */
async function currentCase(page: Page, lang: 'fr' | 'en'): Promise<CaseQuestion | undefined> {
	const legend = squash(await page.locator('.question fieldset legend').first().innerText());
	return cases.find((c) => squash(c.view.prompt[lang]) === legend);
}

/** Tab into a decision's radio group, then arrow keys until the wanted option is checked. */
async function decide(page: Page, group: Locator, label: string) {
	const radios = group.getByRole('radio');
	for (let i = 0; i < 80 && !(await radios.evaluateAll((els) => els.some((el) => el === document.activeElement))); i++) {
		await page.keyboard.press('Tab');
	}
	const target = group.getByRole('radio', { name: label, exact: true });
	for (let i = 0; i < 10 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
	await expect(target).toBeChecked();
}

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: a student walks the seven cyber cases by keyboard on a phone, one decision wrong, and sees why decision by decision`, async ({ page }) => {
		test.setTimeout(240_000);
		expect(cases.length).toBeGreaterThanOrEqual(6);
		await page.setViewportSize(phone);
		await openQuiz(page, `/${lang}/modules/${module}/quiz/`);

		let walked = 0;
		let mistaken: { question: CaseQuestion; decisions: number } | undefined;
		for (let n = 0; n < quiz.questions.length && walked < cases.length; n++) {
			const question = await currentCase(page, lang);
			if (question) {
				const form = page.locator('.question');
				for (const [i, decision] of question.view.decisions.entries()) {
					const right = question.key.answer[decision.id];
					// the first case's first decision is answered wrong
					const chosen = !mistaken && i === 0 ? decision.options.find((o) => o.id !== right)! : decision.options.find((o) => o.id === right)!;
					await decide(page, form.getByRole('group', { name: squash(decision.prompt[lang]), exact: true }), chosen.label[lang]);
				}
				await page.getByRole('button', { name: words[lang].check, exact: true }).click();
				const decisions = form.locator('fieldset.qw-decision');
				await expect(decisions.locator(`text=${words[lang].source}`)).toHaveCount(question.view.decisions.length);
				if (!mistaken) {
					mistaken = { question, decisions: question.view.decisions.length };
					const first = question.view.decisions[0];
					const wrong = first.options.find((o) => o.id !== question.key.answer[first.id])!;
					const firstGroup = decisions.first();
					// the wrong choice is marked wrong, with its own feedback; the others are marked right
					await expect(firstGroup).toContainText(squash(question.key.feedback[first.id][wrong.id][lang]).slice(0, 60));
					await expect(firstGroup.locator('.qw-mark.qw-bad')).toBeVisible();
					await expect(decisions.locator('.qw-mark.qw-ok')).toHaveCount(question.view.decisions.length - 1);
					// and the article that decides it is quoted
					await expect(firstGroup.locator('.qw-decision-source')).toBeVisible();
				}
				walked++;
			}
			if (walked < cases.length) await page.getByRole('button', { name: words[lang].next }).click();
		}
		expect(walked).toBe(cases.length);

		// saved: after a reload the quiz is back on the last case, still graded decision by decision
		expect(mistaken).toBeDefined();
		const last = cases.length ? (await currentCase(page, lang))! : undefined;
		await page.reload();
		await expect(page.locator('.quiz[data-ready="true"]')).toBeAttached();
		expect((await currentCase(page, lang))?.view.id).toBe(last?.view.id);
		await expect(page.locator('fieldset.qw-decision .qw-mark')).toHaveCount(last!.view.decisions.length);
	});
}

// The cases share the navigator's model (issue 23): once a case is checked, its explanation links to
// "Can the Court act?" with the case's facts already answered, up to where they stop.
// The navigator as the site reads it (src/lib/content/navigator.ts).

for (const lang of ['fr', 'en'] as const) {
	test(`${lang}: a checked cyber case opens the navigator on its facts`, async ({ page }) => {
		await page.setViewportSize(phone);
		await openQuiz(page, `/${lang}/modules/${module}/quiz/`);
		let question: CaseQuestion | undefined;
		for (let n = 0; n < quiz.questions.length && !question; n++) {
			await expect(page.locator('.question fieldset legend').first()).toBeVisible();
			question = await currentCase(page, lang);
			if (!question) await page.getByRole('button', { name: words[lang].next }).click();
		}
		expect(question?.key.navigator).toBeDefined();
		const form = page.locator('.question');
		for (const decision of question!.view.decisions) {
			const right = decision.options.find((o) => o.id === question!.key.answer[decision.id])!;
			await form.getByRole('group', { name: squash(decision.prompt[lang]), exact: true }).getByRole('radio', { name: right.label[lang], exact: true }).check();
		}
		await page.getByRole('button', { name: words[lang].check, exact: true }).click();
		await page.getByText(words[lang].why).first().click();
		await page.getByRole('link', { name: words[lang].walkThere, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/navigator/#p=`));
		await expect(page.locator('.navigator[data-ready="true"]')).toBeAttached();
		// the facts answered, as far as they go: the next question on screen, or the outcome
		const { at } = question!.key.navigator!;
		const { navigator } = await siteContent('navigator');
		const next = navigator!.questions[at];
		if (next) await expect(page.locator('.navigator fieldset legend').first()).toContainText(squash(next.prompt[lang]));
		else await expect(page.locator('section.outcome')).toContainText(navigator!.outcomes[at]!.article[lang]);
	});
}
