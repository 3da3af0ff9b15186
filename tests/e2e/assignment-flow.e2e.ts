import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { quizFile } from '../support/quiz-file';
import { answerSomething } from './answer';

// The whole round trip, as a new user would do it: a teacher builds an assignment, a student opens
// the link in another browser profile, takes it and downloads the receipt; the teacher drops the
// receipt into class results and sees the analysis.
const quiz = quizFile('02-cyber');

test('teacher builds, student takes and hands in, teacher reads the class results', async ({ browser }) => {
	test.setTimeout(180_000);
	// ——— Teacher ———
	const teacher = await browser.newContext();
	const t = await teacher.newPage();
	await t.goto('/en/teach/');
	await expect(t.locator('[data-ready="true"]')).toBeAttached();
	await t.getByLabel('Title', { exact: true }).fill('Cyber crimes: check');
	await t.getByLabel('Note to students (optional)').fill('Due before Friday.');
	await t.getByRole('group', { name: 'Modules' }).getByRole('checkbox').nth(1).check();
	await t.getByRole('radio', { name: /A random draw in each module/ }).check();
	await t.getByLabel('Questions per module').fill('3');
	await t.getByLabel('Pass mark (%)').fill('50');
	await t.getByRole('radio', { name: 'After each question' }).check();
	await t.getByRole('button', { name: 'Create the link' }).click();
	const link = await t.getByRole('textbox', { name: 'Link to the assignment' }).inputValue();

	// ——— Student, on another browser profile ———
	const student = await browser.newContext({ acceptDownloads: true });
	const s = await student.newPage();
	const dialogs: string[] = [];
	s.on('dialog', (d) => {
		dialogs.push(d.message());
		return d.dismiss();
	});
	await s.goto(link);
	await expect(s.getByRole('heading', { level: 1 })).toHaveText('Assignment: Cyber crimes: check');
	await expect(s.getByText('Due before Friday.')).toBeVisible();
	await expect(s.getByText('3 questions')).toBeVisible();
	// Name and class are asked for before starting.
	await s.getByRole('button', { name: 'Start the assignment' }).click();
	await s.getByLabel('Full name').fill('Ada Martin');
	await s.getByLabel('Class').fill('T2');
	await s.getByRole('button', { name: 'Start the assignment' }).click();
	await s.getByRole('button', { name: 'Start' }).click();
	for (let n = 1; n <= 3; n++) {
		await expect(s.getByRole('heading', { name: new RegExp(`Question ${n} of 3`) })).toBeVisible();
		// Some complete answer (every decision of a case, which the random draw may pick); feedback
		// comes after each question.
		await answerSomething(s);
		await s.getByRole('button', { name: 'Check' }).click();
		await expect(s.getByRole('heading', { name: /^(✓ )?Correct|Incorrect|Partly/ }).first()).toBeVisible();
		await s.locator('.bar').getByRole('button', { name: n < 3 ? /^Continue/ : 'See the results' }).click();
	}
	await expect(s.getByRole('heading', { name: 'Results' })).toBeVisible();
	await expect(s.getByRole('heading', { name: 'Hand in your work' })).toBeVisible();
	// the teacher's caveat is for the teacher's page, not the student's
	await expect(s.getByText(/cannot prove/)).toHaveCount(0);
	await s.getByText('A certificate to print').click();
	await expect(s.getByText(/Ada Martin \(T2\) finished the assignment/)).toBeVisible();
	const [download] = await Promise.all([
		s.waitForEvent('download'),
		s.getByRole('button', { name: 'Download the receipt (file)' }).click()
	]);
	const receiptPath = await download.path();
	const receipt = JSON.parse(readFileSync(receiptPath, 'utf8'));
	expect(receipt.student).toEqual({ name: 'Ada Martin', class: 'T2' });
	expect(receipt.questions).toHaveLength(3);
	for (const q of receipt.questions) expect(quiz.questions.map((x) => x.view.id)).toContain(q.id);
	expect(dialogs).toEqual([]);

	// ——— Teacher again: class results ———
	await t.goto('/en/teach/results/');
	await expect(t.locator('[data-ready="true"]')).toBeAttached();
	await t.locator('input[type=file]').setInputFiles(receiptPath);
	await expect(t.getByText('Ada Martin').first()).toBeVisible();
	await expect(t.getByRole('table').first()).toBeVisible();
	await expect(t.getByText(/Cyber crimes: check/).first()).toBeVisible();

	await teacher.close();
	await student.close();
});

test('the teacher page offers every LMS export, and each file downloads', async ({ page, request }) => {
	await page.goto('/en/teach/');
	const links = page.locator('#lms a[download]');
	// 4 modules × 2 languages × 8 files: SCORM, GIFT, Moodle XML, Canvas QTI, two cartridges, Blackboard, Brightspace
	expect(await links.count()).toBe(4 * 2 * 8);
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
		const response = await request.get(href);
		expect(response.status(), href).toBe(200);
		const body = await response.body();
		if (href.endsWith('.zip') || href.endsWith('.imscc')) expect(body.subarray(0, 2).toString()).toBe('PK');
		else if (href.endsWith('.xml')) expect(body.toString()).toContain('<quiz>');
		else expect(body.length).toBeGreaterThan(100);
	}
});
