import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answerSomething } from './answer';
import { assignmentPath } from '../../src/lib/assignments/assignment';
import { testAssignment } from '../support/assignment';
import { quizFile } from '../support/quiz-file';
import { openQuiz } from './quiz-page';

// A score means the learner knew: the exact path a student found to earn 100 % without knowing
// anything ("wrong answer, then Show the answer", on every question) earns nothing, in practice,
// in the review deck and in an assignment; and on a phone the next move is always in view.
const module = '01-jurisdiction';
const quiz = quizFile(module);
const PHONE = { width: 390, height: 844 };

const fr = {
	check: 'Vérifier',
	show: /^Montrer la réponse/,
	next: /Question suivante/,
	cont: /^Continuer/,
	finish: /^Voir les résultats/,
	right: /Bonne réponse/
};
const en = {
	check: 'Check',
	show: /^Show the answer/,
	next: /Next question/,
	cont: /^Continue/,
	finish: /^(See the results|Finish and grade)/,
	right: /^✓ Correct/
};

/** The primary move sits on the screen, not below it. */
async function expectPrimaryInView(page: Page) {
	const box = await page.locator('.bar .primary').boundingBox();
	expect(box, 'the primary move is drawn').not.toBeNull();
	expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
	expect(box!.y).toBeGreaterThanOrEqual(0);
}

/**
 * Answers every question of the round with the first control, checks it, and asks for the answer
 * whenever it is offered. Returns how many were right at the first check.
 */
async function wrongThenShow(page: Page, t: typeof fr, total: number, count = total): Promise<{ right: number; shown: number }> {
	let right = 0;
	let shown = 0;
	for (let n = 1; n <= count; n++) {
		await expect(page.getByRole('heading', { name: new RegExp(`^Question ${n} (sur|of) ${total}`) })).toBeVisible();
		await answerSomething(page);
		await page.getByRole('button', { name: t.check, exact: true }).click();
		const verdict = page.locator('.bar .verdict');
		await expect(verdict).toBeVisible();
		await expectPrimaryInView(page);
		if (t.right.test((await verdict.innerText()).trim())) right++;
		const show = page.getByRole('button', { name: t.show });
		if (await show.count()) {
			await show.click();
			shown++;
			await expectPrimaryInView(page);
		}
		await page.locator('.bar .primary').click();
	}
	return { right, shown };
}

test('practice on a phone: a wrong answer then "show the answer" earns nothing, and Continue is always in view', async ({ browser }) => {
	test.setTimeout(240_000);
	const context = await browser.newContext({ viewport: PHONE });
	const page = await context.newPage();
	await openQuiz(page, `/fr/modules/${module}/quiz/`);
	const total = quiz.questions.length;
	const { right, shown } = await wrongThenShow(page, fr, total);
	expect(shown).toBeGreaterThan(total / 2);
	await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible();
	// only the questions right at the first check count, in whole percents rounded down
	await expect(page.locator('.results .score')).toHaveText(`${Math.floor((right / total) * 100)}\u00a0%`);
	await expect(page.locator('.review > li.revealed')).toHaveCount(shown);
	// the learner's own answer was kept beside the key, never replaced by it
	const stored = await page.evaluate((m) => JSON.parse(localStorage.getItem(`icc:attempt:${m}`)!), module);
	const revealed = Object.keys(stored.revealed).filter((id) => stored.revealed[id]);
	expect(revealed).toHaveLength(shown);
	for (const id of revealed) expect(stored.tries[id].length).toBeGreaterThan(0);
	// mastery and the review deck read the same trail: every shown answer is a missed card
	const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('icc:progress')!));
	for (const id of revealed) {
		expect(progress.items[id].lastScore).toBe(0);
		expect(progress.items[id].card).toBeTruthy();
	}
	expect(progress.modules[module].last).toBeCloseTo((right / total) * 100);
	await context.close();
});

test('submitting with blank questions asks first, listing them, and lets the learner go back', async ({ page }) => {
	await openQuiz(page, `/en/modules/${module}/quiz/`, { mode: 'test' });
	await answerSomething(page);
	for (let n = 1; n < quiz.questions.length; n++) await page.getByRole('button', { name: /Next question/ }).click();
	await page.getByRole('button', { name: 'Finish and grade' }).click();
	const confirm = page.getByRole('alert').filter({ hasText: 'still have no answer' });
	await expect(confirm).toContainText(`${quiz.questions.length - 1} questions still have no answer: 2, 3`);
	await confirm.getByRole('button', { name: 'Go back and answer them' }).click();
	await expect(page.getByRole('heading', { name: /^Question 2 of/ })).toBeVisible();
	expect(await page.evaluate((m) => JSON.parse(localStorage.getItem(`icc:attempt:${m}`)!).finished, module)).toBe(false);
});

test('the review deck: a shown answer earns nothing and its card comes back soon', async ({ page }) => {
	test.setTimeout(120_000);
	// Miss every question of the module once (test mode, all blank), to fill the deck.
	await openQuiz(page, `/en/modules/${module}/quiz/`, { mode: 'test' });
	for (let n = 1; n < quiz.questions.length; n++) await page.getByRole('button', { name: /Next question/ }).click();
	await page.getByRole('button', { name: 'Finish and grade' }).click();
	await page.getByRole('button', { name: 'Submit anyway' }).click();
	await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();

	await page.goto('/en/review/');
	await page.getByRole('button', { name: 'Review my mistakes' }).click();
	await expect(page.getByRole('heading', { name: new RegExp(`^Question 1 of ${quiz.questions.length}`) })).toBeVisible();
	const { right, shown } = await wrongThenShow(page, en, quiz.questions.length, 3);
	expect(right + shown).toBeGreaterThan(0);
	// leave the rest blank and submit (on the last question, Check stays the main move)
	for (let n = 4; n < quiz.questions.length; n++) await page.getByRole('button', { name: /Next question/ }).click();
	await page.getByRole('button', { name: 'See the results' }).click();
	await page.getByRole('button', { name: 'Submit anyway' }).click();
	await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
	await expect(page.locator('.results .score')).toHaveText(`${Math.floor((right / quiz.questions.length) * 100)}%`);
	const progress = await page.evaluate(() => JSON.parse(localStorage.getItem('icc:progress')!));
	const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('icc:attempt:review')!));
	for (const id of Object.keys(stored.revealed).filter((k) => stored.revealed[k])) {
		expect(progress.items[id].lastScore).toBe(0);
		expect(Date.parse(progress.items[id].card.due) - Date.now()).toBeLessThan(24 * 3600 * 1000);
	}
});

test('an assignment on a phone: no retry when the teacher allows none, a shown answer earns nothing, "Hand in" first after submitting', async ({ browser }) => {
	test.setTimeout(180_000);
	const assignment = testAssignment({
		id: 'honest0001',
		title: 'Compétence : vérification',
		lang: 'fr',
		modules: [module],
		questions: { mode: 'random', perModule: 4 },
		passMark: 0.7,
		attempts: 2,
		reveal: 'each',
		retries: false
	});
	const context = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
	const page = await context.newPage();
	await page.goto(assignmentPath('fr', assignment));
	await page.getByLabel('Nom et prénom').fill('Zoé Martin');
	await page.getByLabel('Classe').fill('2nde B');
	await page.getByRole('button', { name: 'Commencer le devoir' }).click();
	await page.getByRole('button', { name: 'Commencer' }).click();
	let right = 0;
	let shown = 0;
	for (let n = 1; n <= 4; n++) {
		await answerSomething(page);
		await page.getByRole('button', { name: fr.check, exact: true }).click();
		const verdict = await page.locator('.bar .verdict').innerText();
		await expect(page.getByRole('button', { name: /^Réessayer/ })).toHaveCount(0);
		if (fr.right.test(verdict)) right++;
		else if (await page.getByRole('button', { name: fr.show }).count()) {
			await page.getByRole('button', { name: fr.show }).click();
			shown++;
		}
		await expectPrimaryInView(page);
		await page.locator('.bar .primary').click();
	}
	// "Hand in your work" stands in the first screen after submitting
	const handIn = page.getByRole('heading', { name: 'Rendez votre travail' });
	await expect(handIn).toBeVisible();
	await page.evaluate(() => window.scrollTo(0, 0));
	const results = await page.locator('#results-heading').boundingBox();
	await page.locator('#results-heading').scrollIntoViewIfNeeded();
	const box = await handIn.boundingBox();
	expect(box!.y - Math.max(0, results!.y - 10)).toBeLessThan(PHONE.height);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Télécharger le reçu/ }).click()]);
	const receipt = JSON.parse(readFileSync(await download.path(), 'utf8'));
	expect(receipt.v).toBe(2);
	expect(receipt.questions.filter((q: { revealed: boolean }) => q.revealed)).toHaveLength(shown);
	for (const q of receipt.questions) if (q.revealed) expect(q.score).toBe(0);
	expect(receipt.earned).toBeCloseTo(right);

	// the teacher's page grades it again and agrees
	const teacher = await browser.newPage();
	await teacher.goto('/fr/teach/results/');
	await expect(teacher.locator('[data-ready="true"]')).toBeAttached();
	await teacher.getByLabel('Votre lien de devoir (recommandé)').fill(`http://127.0.0.1${assignmentPath('fr', assignment)}`);
	await teacher.locator('input[type=file]').setInputFiles(await download.path());
	await expect(teacher.getByText('Zoé Martin').first()).toBeVisible();
	await expect(teacher.getByText('Fichiers qui ne correspondent pas à leurs réponses')).toHaveCount(0);
	await expect(teacher.getByRole('table').first()).toContainText(`${Math.floor((right / 4) * 100)}\u00a0%`);
	await context.close();
});
