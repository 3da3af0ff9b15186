import { expect, test, type Locator, type Page } from '@playwright/test';
import { tabTo } from './keyboard';
import { quizFile } from '../support/quiz-file';
import type { Question } from '../../src/lib/quiz/types';
import { openQuiz } from './quiz-page';

// A learner takes the first module's quiz with the keyboard alone: Tab to reach a control, Space,
// Enter and arrow keys to answer. Halfway through the page is reloaded; the attempt resumes at the
// same question. The answers come from the quiz's own key, read from lessons/.
const module = '01-jurisdiction';
const quiz = quizFile(module);
const byPrompt = new Map(quiz.questions.map((q) => [q.view.prompt.fr.replace(/\s+/g, ' ').trim(), q]));

/** Moves a focused radio group or select with the arrow keys until `done` holds. */
async function arrowUntil(page: Page, done: () => Promise<boolean>, key = 'ArrowDown') {
	for (let i = 0; i < 30; i++) {
		if (await done()) return;
		await page.keyboard.press(key);
	}
	throw new Error('arrow keys did not reach the answer');
}

async function chooseRadio(page: Page, group: Locator, label: string) {
	const radios = group.getByRole('radio');
	const target = group.getByRole('radio', { name: label, exact: true });
	// Tab lands on the group's first (or checked) radio; arrows move and check.
	for (let i = 0; i < 80; i++) {
		const focused = await radios.evaluateAll((els) => els.some((el) => el === document.activeElement));
		if (focused) break;
		await page.keyboard.press('Tab');
	}
	await arrowUntil(page, () => target.isChecked());
}

async function chooseInSelect(page: Page, select: Locator, label: string) {
	await tabTo(page, select);
	await arrowUntil(page, async () => (await select.locator('option:checked').innerText()).trim() === label);
}

async function answer(page: Page, question: Question) {
	const form = page.getByRole('group', { name: question.view.prompt.fr.replace(/\s+/g, ' ').trim() });
	switch (question.type) {
		case 'single': {
			const label = question.view.options.find((o) => o.id === question.key.answer)!.label.fr;
			return chooseRadio(page, form, label);
		}
		case 'truefalse':
			return chooseRadio(page, form, question.key.answer ? 'Vrai' : 'Faux');
		case 'multiple':
			for (const id of question.key.answer) {
				const label = question.view.options.find((o) => o.id === id)!.label.fr;
				await tabTo(page, form.getByRole('checkbox', { name: label, exact: true }));
				await page.keyboard.press('Space');
			}
			return;
		case 'short':
		case 'numeric': {
			const text = question.type === 'short' ? question.key.accepted.fr[0] ?? question.key.accepted.en[0] : String(question.key.answer).replace('.', ',');
			await tabTo(page, form.getByRole('textbox'));
			await page.keyboard.type(text);
			return;
		}
		case 'ordering': {
			// Selection sort with the "Move up" buttons.
			const labels = question.key.order.map((id) => question.view.items.find((i) => i.id === id)!.label.fr);
			for (let position = 0; position < labels.length; position++) {
				for (let guard = 0; guard < labels.length; guard++) {
					const current = (await form.getByRole('listitem').allInnerTexts()).findIndex((t) => t.includes(labels[position]));
					if (current === position) break;
					const up = form.getByRole('button', { name: new RegExp(`^Monter.*${escape(labels[position])}`) });
					await tabTo(page, up);
					await page.keyboard.press('Enter');
				}
			}
			return;
		}
		case 'matching':
			for (const item of question.view.items) {
				const target = question.view.targets.find((t) => t.id === question.key.answer[item.id])!.label.fr;
				await chooseInSelect(page, form.getByRole('combobox', { name: new RegExp(escape(item.label.fr)) }), target);
			}
			return;
		case 'cloze':
			for (const [i, blank] of question.view.blanks.entries()) {
				const target = blank.options.find((o) => o.id === question.key.answer[blank.id])!.label.fr;
				await chooseInSelect(page, form.getByRole('combobox', { name: `Trou ${i + 1}` }), target);
			}
			return;
		case 'case':
			// each decision is a radio group within the case's, named by its question
			for (const decision of question.view.decisions) {
				const label = decision.options.find((o) => o.id === question.key.answer[decision.id])!.label.fr;
				await chooseRadio(page, form.getByRole('group', { name: decision.prompt.fr.replace(/\s+/g, ' ').trim(), exact: true }), label);
			}
			return;
	}
}

/** A label as a pattern; any kind of space matches any other (French typography uses no-break spaces). */
function escape(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0\u202f]+/g, '[\\s\\u00a0\\u202f]+');
}

async function currentQuestion(page: Page): Promise<Question> {
	const legend = (await page.locator('.question fieldset legend').first().innerText()).replace(/\s+/g, ' ').trim();
	const question = byPrompt.get(legend);
	if (!question) throw new Error(`no question with prompt ${legend}`);
	return question;
}

async function press(page: Page, name: string | RegExp) {
	await tabTo(page, page.getByRole('button', { name }).first());
	await page.keyboard.press('Enter');
}

test('a whole quiz with the keyboard alone, with a reload in the middle', async ({ page }) => {
	test.setTimeout(240_000);
	await openQuiz(page, `/fr/modules/${module}/quiz/`);
	// question 1 is on screen at once, without Start (issue 27)
	await expect(page.getByRole('heading', { name: /^Question 1 sur/ })).toBeVisible();
	const total = quiz.questions.length;
	const first = await currentQuestion(page);

	// One wrong answer first, to see the feedback and "try again".
	if (first.type === 'single') {
		const wrong = first.view.options.find((o) => o.id !== first.key.answer)!;
		await chooseRadio(page, page.getByRole('group', { name: first.view.prompt.fr.replace(/\s+/g, ' ').trim() }), wrong.label.fr);
		await press(page, 'Vérifier');
		await expect(page.getByRole('heading', { name: /Réponse incorrecte/ })).toBeVisible();
		await expect(page.getByText(first.key.feedback[wrong.id].fr.trim().slice(0, 40))).toBeVisible();
		// the cost of a retry is said before it is pressed
		await press(page, /^Réessayer \(au plus \d+ % des points désormais\)$/);
	}

	for (let n = 1; n <= total; n++) {
		await expect(page.getByRole('heading', { name: new RegExp(`Question ${n} sur ${total}`) })).toBeVisible();
		const question = await currentQuestion(page);
		await answer(page, question);
		await press(page, 'Vérifier');
		await expect(page.getByRole('heading', { name: /Bonne réponse/ })).toBeVisible();
		// the verdict, then for a question in parts how many were right (parts-in-words.ts)
		await expect(page.locator('main [role=status]')).toHaveText(/^Bonne réponse( |$)/);
		if (n === Math.ceil(total / 2)) {
			await press(page, /^Continuer/);
			await page.reload();
			// The attempt resumes by itself at the question the learner had reached.
			await expect(page.getByRole('heading', { name: new RegExp(`Question ${n + 1} sur ${total}`) })).toBeVisible();
			continue;
		}
		await press(page, n < total ? /^Continuer/ : 'Voir les résultats');
	}

	await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible();
	// Every question right at the first check but the first, right at the second: a retry costs.
	const firstCredit = first.type === 'single' ? Math.max(1 / 3, 1 / (first.view.options.length - 1)) : 1;
	const expected = first.type === 'single' ? (total - firstCredit) / total : 1;
	await expect(page.locator('.results .score')).toHaveText(`${Math.floor(expected * 100 + 1e-9)}\u00a0%`);
	await expect(page.locator('.review > li')).toHaveCount(total);
	await expect(page.locator('.review > li.right')).toHaveCount(first.type === 'single' ? total - 1 : total);
	await expect(page.getByRole('button', { name: /Refaire les questions manquées/ })).toHaveCount(first.type === 'single' ? 1 : 0);
});

test('test mode grades only at the end and offers to retry the missed questions in the same order', async ({ page }) => {
	await openQuiz(page, `/en/modules/${module}/quiz/`, { mode: 'test' });
	const total = quiz.questions.length;
	for (let n = 1; n < total; n++) {
		await expect(page.getByRole('button', { name: 'Check' })).toHaveCount(0);
		await page.getByRole('button', { name: /Next question/ }).click();
	}
	await page.getByRole('button', { name: 'Finish and grade' }).click();
	await page.getByRole('button', { name: 'Submit anyway' }).click();
	await expect(page.locator('.results .score')).toHaveText('0%');
	const order = await page.locator('.review > li .prompt').allInnerTexts();
	await page.getByRole('button', { name: /Retry the questions I missed/ }).click();
	await expect(page.getByRole('heading', { name: new RegExp(`Question 1 of ${total}`) })).toBeVisible();
	const firstLegend = await page.locator('.question fieldset legend').first().innerText();
	expect(order[0]).toContain(firstLegend.trim().slice(0, 30));
});

test('a corrupt saved attempt is set aside with a message, and the quiz starts afresh', async ({ page }) => {
	await page.goto(`/en/modules/${module}/quiz/`);
	// Once the page has read the device (else it could set the value aside before the reload).
	await expect(page.locator('.quiz[data-ready="true"]')).toBeAttached();
	await page.evaluate((m) => localStorage.setItem(`icc:attempt:${m}`, '{not json'), module);
	await page.reload();
	await expect(page.getByRole('alert')).toContainText('unreadable saved copy', { timeout: 15_000 });
	const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('icc:backup:')));
	expect(backups.length).toBe(1);
	// a fresh attempt, at question 1
	await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
	expect(await page.evaluate((m) => localStorage.getItem(`icc:attempt:${m}`), module)).toBeNull();
});
