import { expect, test, type Page } from '@playwright/test';
import { assignmentPath, type Assignment } from '../../src/lib/assignments/assignment';
import { testAssignment } from '../support/assignment';

// A student never loses the way back to an assignment, and a shared classroom computer never shows
// the previous student's work: "Your assignments", "Not you?", a second link in the same tab, and
// the receipt code read on the teacher's page.
function assignment(id: string, title: string, due: string | null): Assignment {
	return testAssignment({ id, title, lang: 'en', modules: ['01-jurisdiction'], questions: { mode: 'random', perModule: 2 }, passMark: 0.7, due, createdAt: '2026-12-01T00:00:00.000Z' });
}

async function startAs(page: Page, name: string) {
	await page.getByLabel('Full name').fill(name);
	await page.getByLabel('Class').fill('4C');
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	await page.getByRole('button', { name: 'Start', exact: true }).click();
}

async function submitBlank(page: Page) {
	await page.getByRole('button', { name: /Next question/ }).click();
	await page.getByRole('button', { name: 'Finish and grade' }).click();
	await page.getByRole('button', { name: 'Submit anyway' }).click();
	await expect(page.getByRole('heading', { name: 'Hand in your work' })).toBeVisible();
}

test('"Your assignments" brings a student back to an unfinished or unhanded assignment, with its due day', async ({ page }) => {
	const first = assignment('yours00001', 'Week 1: jurisdiction', '2026-12-20');
	await page.goto(assignmentPath('en', first));
	await startAs(page, 'Ada Martin');
	await page.goto('/en/');
	const yours = page.getByRole('region', { name: 'Your assignments' });
	await expect(yours.getByRole('link', { name: 'Week 1: jurisdiction' })).toBeVisible();
	await expect(yours).toContainText('not finished');
	await expect(yours).toContainText('due');
	await yours.getByRole('link', { name: 'Week 1: jurisdiction' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assignment: Week 1: jurisdiction');
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	// the attempt resumes where it was
	await expect(page.getByRole('heading', { name: /^Question 1 of 2/ })).toBeVisible();
	await submitBlank(page);
	await page.goto('/en/progress/');
	await expect(page.getByRole('region', { name: 'Your assignments' })).toContainText('finished, not handed in yet');
});

test('"Not you?" on a shared computer sets the previous student aside; a second link in the same tab is its own assignment', async ({ page }) => {
	const first = assignment('shared0001', 'Shared check', null);
	await page.goto(assignmentPath('en', first));
	await startAs(page, 'Ada Martin');
	await submitBlank(page);
	await page.reload();
	await page.getByRole('button', { name: 'Not Ada Martin? Start as someone else' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'set aside' })).toBeVisible();
	await expect(page.getByLabel('Full name')).toHaveValue('');
	await expect(page.getByRole('heading', { name: 'Hand in your work' })).toHaveCount(0);
	// nothing erased: Ada's record and attempt are kept under backup keys
	const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('icc:backup:')));
	expect(backups.some((k) => k.includes('assignment:shared0001'))).toBe(true);
	expect(backups.some((k) => k.includes('attempt:assignment-shared0001'))).toBe(true);

	// A second link pasted into the same tab: its own title, its own attempt.
	const second = assignment('second0001', 'Another check', null);
	await page.evaluate((path) => (location.hash = path.slice(path.indexOf('#'))), assignmentPath('en', second));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assignment: Another check');
	await startAs(page, 'Bea Roy');
	await expect(page.getByRole('heading', { name: /^Question 1 of 2/ })).toBeVisible();
	const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('icc:attempt:')));
	expect(keys).toContain('icc:attempt:assignment-second0001');
});

test('a receipt copied as a code is read on the teacher\'s page', async ({ browser }) => {
	const a = assignment('codes00001', 'Code check', null);
	const student = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	const page = await student.newPage();
	await page.goto(assignmentPath('en', a));
	await startAs(page, 'Ada Martin');
	await submitBlank(page);
	await page.getByRole('button', { name: 'Copy a text code to paste in a message' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toBeVisible();
	const code = await page.evaluate(() => navigator.clipboard.readText());
	expect(code).toMatch(/^ICC-RECEIPT-1\.[A-Za-z0-9_-]+$/);
	await page.goto('/en/');
	await expect(page.getByRole('region', { name: 'Your assignments' })).toHaveCount(0); // handed in

	const teacher = await browser.newPage();
	await teacher.goto('/en/teach/results/');
	await expect(teacher.locator('[data-ready="true"]')).toBeAttached();
	await teacher.getByLabel(/Or paste receipt codes/).fill(`Hello, my receipt:\n${code}\nAda`);
	await teacher.getByRole('button', { name: 'Add the pasted codes' }).click();
	await expect(teacher.getByRole('rowheader', { name: 'Ada Martin' })).toBeVisible();
	// kept for the next visit
	await teacher.reload();
	await expect(teacher.getByRole('rowheader', { name: 'Ada Martin' })).toBeVisible();
	await student.close();
});
