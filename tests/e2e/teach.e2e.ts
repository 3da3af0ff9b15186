import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { decodeAssignment, encodeAssignment, selectQuestions } from '../../src/lib/assignments/assignment';
import { testAssignment } from '../support/assignment';
import { buildReceipt, serializeReceipt } from '../../src/lib/assignments/receipt';
import { quizFile } from '../support/quiz-file';
import { keyInput } from '../../src/lib/quiz/grade';
import { messages } from '../support/messages';

// The teacher's side of assignments: building a link, what a broken link shows on the student page,
// and reading a class's receipts.
const en = messages.en;
const modules = ['01-jurisdiction', '02-cyber'];
const quizzes = modules.map(quizFile);
const known = {
	modules: ['01-jurisdiction', '02-cyber', '03-sanctions', '04-pressure'],
	questionIds: quizzes.flatMap((quiz) => quiz.questions.map((q) => q.view.id))
};

/** The page must never run a script written in a file or a link. */
function watchDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	return dialogs;
}

/** axe finds nothing in the page as it is now, in the light and the dark theme. */
async function axe(page: Page) {
	const problems: string[] = [];
	for (const theme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: theme });
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		for (const v of results.violations) problems.push(`${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}
	expect(problems).toEqual([]);
}

/** The page's script has run (a form submitted or a file dropped before that would reload the page). */
async function ready(page: Page) {
	await expect(page.locator('[data-ready="true"]')).toBeAttached();
}

test('a teacher builds an assignment and gets a link and a QR code', async ({ page }) => {
	await page.goto('/en/teach/');
	await ready(page);
	await page.getByLabel('Title', { exact: true }).fill('Jurisdiction and cyber: revision');
	await page.getByLabel('Note to students (optional)').fill('Read the lessons first.');
	const moduleBoxes = page.getByRole('group', { name: 'Modules' }).getByRole('checkbox');
	await moduleBoxes.nth(0).check();
	await moduleBoxes.nth(1).check();
	await page.getByRole('radio', { name: /A random draw in each module/ }).check();
	await page.getByLabel('Questions per module').fill('3');
	await expect(page.getByText('Each student will answer 6 questions.')).toBeVisible();
	// the form starts from the modules' own pass mark
	await expect(page.getByLabel('Pass mark (%)')).toHaveValue('70');
	await page.getByLabel('Pass mark (%)').fill('60');
	// retries are asked about only with feedback after each question, and are off unless ticked
	const retries = page.getByRole('checkbox', { name: en.teach_field_retries });
	await expect(retries).toHaveCount(0);
	await page.getByRole('radio', { name: 'After each question' }).check();
	await expect(retries).not.toBeChecked();
	await expect(retries).toHaveAccessibleDescription(en.teach_field_retries_help);
	await retries.check();
	await page.getByLabel('Due date (optional)').fill('2020-01-15');
	await expect(page.getByText(en.teach_past_due_warning)).toBeVisible();
	await page.getByRole('button', { name: 'Create the link' }).click();

	const link = await page.getByRole('textbox', { name: 'Link to the assignment' }).inputValue();
	expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/en\/assignment\/#v2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/);
	// short enough to type from the projected sheet: 150 characters after the host, and the note
	// on top (4 characters of the link for 3 of an English note)
	const note = 'Read the lessons first.';
	expect(link.slice(new URL(link).origin.length).length).toBeLessThanOrEqual(150 + Math.ceil((note.length * 4) / 3));
	const decoded = decodeAssignment(link, known);
	expect(decoded.ok).toBe(true);
	if (!decoded.ok) return;
	expect(decoded.assignment).toMatchObject({
		title: 'Jurisdiction and cyber: revision',
		note: 'Read the lessons first.',
		lang: 'en',
		modules,
		questions: { mode: 'random', perModule: 3 },
		passMark: 0.6,
		attempts: 0,
		reveal: 'each',
		retries: true,
		due: '2020-01-15'
	});

	const qr = page.getByRole('img', { name: /QR code of the link/ });
	await expect(qr).toBeVisible();
	const side = Number(await qr.getAttribute('data-modules'));
	// v1 links made codes of 73–81 modules; this one, with a 23-character note, has at most 49
	expect(side).toBeGreaterThanOrEqual(21);
	expect(side).toBeLessThanOrEqual(49);
	// large on the screen: at least 8 pixels a module (a projector spreads them over a wall)
	const box = (await qr.boundingBox())!;
	expect(box.width / (side + 8)).toBeGreaterThanOrEqual(8);
	// the sheet says what to do with the code and the address, and carries the link in full
	await expect(page.getByRole('figure', { name: en.teach_sheet_scan })).toBeVisible();
	await expect(page.getByText(en.teach_sheet_type)).toBeVisible();
	await expect(page.locator('.sheet .link')).toHaveText(link);
	await expect(page.locator('.sheet')).toContainText(en.teach_sheet_retries_yes);
	// printed: 9 cm wide (340 CSS pixels), the address in a large font
	await page.emulateMedia({ media: 'print' });
	expect((await qr.boundingBox())!.width).toBeCloseTo((9 / 2.54) * 96, 0);
	expect(parseFloat(await page.locator('.sheet .link').evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(19);
	await page.emulateMedia({ media: 'screen' });
	await expect(page.getByRole('button', { name: 'Print the assignment sheet' })).toBeVisible();
	await axe(page);
});

test('the QR code comes with the first sheet; if it cannot be fetched, the sheet says so and keeps the link', async ({ page }) => {
	const fetched: string[] = [];
	await page.goto('/en/teach/');
	await ready(page);
	// the page has started without the QR code's module: from now on, no script can be fetched
	page.on('request', (request) => {
		if (request.resourceType() === 'script') fetched.push(request.url());
	});
	await page.route('**/*.js', (route) => route.abort());
	await page.getByLabel('Title', { exact: true }).fill('Offline sheet');
	await page.getByRole('group', { name: 'Modules' }).getByRole('checkbox').first().check();
	await page.getByRole('button', { name: 'Create the link' }).click();
	const link = await page.getByRole('textbox', { name: 'Link to the assignment' }).inputValue();
	await expect(page.locator('.sheet').getByRole('note')).toHaveText(en.teach_qr_unavailable);
	await expect(page.getByRole('img', { name: /QR code of the link/ })).toHaveCount(0);
	await expect(page.locator('.sheet .link')).toHaveText(link);
	expect(fetched.length).toBeGreaterThan(0);
});

test('the builder says what is missing and takes the teacher to the field', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/en/teach/');
	await ready(page);
	await page.getByRole('button', { name: 'Create the link' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(en.teach_error_title);
	await expect(alert).toContainText(en.teach_error_modules);
	await axe(page);
	await alert.getByRole('link', { name: en.teach_error_title }).click();
	await expect(page.getByLabel('Title', { exact: true })).toBeFocused();
	expect(errors).toEqual([]);
});

test.describe('a broken link on the student page says what is wrong', () => {
	const valid = testAssignment({ id: 'e2etest001', title: 'Link check', lang: 'en', modules, questions: { mode: 'all' }, createdAt: '2025-03-01T09:00:00.000Z' });
	const encoded = encodeAssignment(valid);
	// made by the v1 encoder, before retries existed (students still have such links)
	const v1 =
		'v1.eyJ2IjoxLCJpZCI6ImszajVoN2c5ZjEiLCJ0aXRsZSI6IlLDqXZpc2lvbnMgOiBsYSBDUEkiLCJub3RlIjoiw4AgZmFpcmUgYXZhbnQgamV1ZGkgISIsImxhbmciOiJmciIsIm1vZHVsZXMiOlsiMDEtanVyaXNkaWN0aW9uIiwiMDMtc2FuY3Rpb25zIl0sInF1ZXN0aW9ucyI6eyJtb2RlIjoicmFuZG9tIiwicGVyTW9kdWxlIjozfSwicGFzc01hcmsiOjAuNiwiYXR0ZW1wdHMiOjIsInJldmVhbCI6ImVhY2giLCJkdWUiOiIyMDI1LTAzLTE0IiwiY3JlYXRlZEF0IjoiMjAyNS0wMy0wMVQwOTozMDowMC4wMDBaIn0.2eb6dea6';
	// one character of the payload changed, as a student editing the link would
	const at = 12;
	const tampered = encoded.slice(0, at) + (encoded[at] === 'A' ? 'B' : 'A') + encoded.slice(at + 1);

	for (const [what, hash, key] of [
		['empty', '', 'assignment_error_empty'],
		['malformed', 'this-is-not-a-link', 'assignment_error_malformed'],
		['cut short', encoded.slice(0, 30), 'assignment_error_malformed'],
		['tampered', tampered, 'assignment_error_tampered'],
		['outdated', 'v0.eyJ2IjowfQ.00000000', 'assignment_error_outdated'],
		['unknown content', encodeAssignment({ ...valid, modules: ['99-gone'] }), 'assignment_error_unknown_content']
	] as const) {
		test(`${what} link`, async ({ page }) => {
			const dialogs = watchDialogs(page);
			await page.goto(`/en/assignment/#${hash}`);
			await expect(page.getByRole('alert')).toContainText(en[key]);
			expect(dialogs).toEqual([]);
		});
	}

	test('the valid link opens the assignment', async ({ page }) => {
		await page.goto(`/en/assignment/#${encoded}`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Link check');
	});

	test('a v1 link opens the assignment too', async ({ page }) => {
		await page.goto(`/fr/assignment/#${v1}`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Révisions : la CPI');
	});
});

test('class results: receipts dropped at once, a broken one listed, CSV exported', async ({ page }) => {
	const dialogs = watchDialogs(page);
	const assignment = testAssignment({
		id: 'cls0000001',
		title: 'Class results check',
		lang: 'en',
		modules,
		questions: { mode: 'random', perModule: 3 },
		passMark: 0.6,
		attempts: 2,
		due: '2025-03-10',
		createdAt: '2025-03-01T09:00:00.000Z'
	});
	const receipt = (name: string, klass: string, seed: number, right: number) => {
		const questionIds = selectQuestions(assignment, quizzes, seed);
		const all = quizzes.flatMap((quiz) => quiz.questions);
		const answers = Object.fromEntries(
			questionIds.slice(0, right).map((id) => [id, keyInput(all.find((q) => q.view.id === id)!, 'en')])
		);
		return serializeReceipt(
			buildReceipt({
				assignment,
				student: { name, class: klass },
				attempt: 1,
				startedAt: '2025-03-05T10:00:00.000Z',
				finishedAt: '2025-03-05T10:25:00.000Z',
				quizzes,
				questionIds,
				answers
			})
		);
	};
	const hostile = '<img src=x onerror=alert(1)>';
	const files = [
		{ name: 'ada.json', text: receipt('Ada Lovelace', '=1+1', 1, 6) },
		{ name: 'hostile.json', text: receipt(hostile, 'B', 2, 2) },
		{ name: 'broken.json', text: '{"format":"icc-explainer-receipt",' }
	];

	await page.goto('/en/teach/results/');
	await ready(page);
	const dataTransfer = await page.evaluateHandle((list) => {
		const transfer = new DataTransfer();
		for (const file of list) transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
		return transfer;
	}, files);
	await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });

	await expect(page.locator('p.status')).toContainText('3 files read: 2 receipts used.');
	const problems = page.getByRole('region', { name: en.teach_problems_heading });
	await expect(problems.getByRole('listitem')).toHaveCount(1);
	await expect(problems).toContainText(`broken.json: ${en.teach_reason_not_json}`);

	const rows = page.locator('table.results tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(page.getByRole('rowheader', { name: hostile })).toBeVisible();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);

	// the same figures in charts and tables
	await expect(page.getByRole('img', { name: /number of students in each score band/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /share of students right on each question/ })).toBeVisible();

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the results (CSV)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('results-cls0000001.csv');
	const csv = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
	const lines = csv.split('\r\n');
	// every field quoted; a second header row holds the prompts under Q1…Qn
	expect(lines[0]).toMatch(/^"Name","Class","Attempt","Started","Finished","Late","Score \(%\)","Passed","Points","Out of",.*,"Q1",/);
	expect(lines).toHaveLength(5);
	expect(lines[1]).toMatch(/^("",){11}"[^"]/);
	expect(lines[2]).toMatch(/^"Ada Lovelace","'=1\+1","1",/);
	expect(lines[3].startsWith(`"${hostile}","B","1",`)).toBe(true);

	await axe(page);

	// more files through the picker: they add to those already read
	await page.getByLabel(en.teach_drop_choose).setInputFiles([
		{ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(files[0].text) },
		{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') }
	]);
	await expect(page.locator('p.status')).toContainText('5 files read: 2 receipts used.');
	await expect(problems).toContainText(`again.json: ${en.teach_reason_duplicate}`);
	await expect(problems).toContainText(`notes.txt: ${en.teach_reason_not_json}`);
	expect(dialogs).toEqual([]);
});

test('the results page and the builder also work in French', async ({ page }) => {
	await page.goto('/fr/teach/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Donner un devoir à une classe');
	await page.goto('/fr/teach/results/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Résultats de la classe');
	await expect(page.getByLabel('Choisir des fichiers')).toBeAttached();
});

test('every LMS file the Teach page offers is there, in both languages', async ({ page, request }) => {
	for (const lang of ['en', 'fr'] as const) {
		await page.goto(`/${lang}/teach/`);
		const links = await page.locator('#lms a[download]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
		// per module and language: SCORM, GIFT, Moodle XML, QTI, two cartridges, Blackboard, Brightspace
		expect(links.length % 8).toBe(0);
		expect(links.filter((href) => /\.(qti\.zip|imscc|blackboard\.txt|brightspace\.csv)$/.test(href)).length).toBe((links.length / 8) * 5);
		for (const href of links) expect((await request.head(href)).status(), href).toBe(200);
	}
});
