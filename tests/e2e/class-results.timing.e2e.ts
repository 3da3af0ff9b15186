import { expect, test, type Page } from '@playwright/test';
import { selectQuestions } from '../../src/lib/assignments/assignment';
import { testAssignment } from '../support/assignment';
import { buildReceipt, serializeReceipt } from '../../src/lib/assignments/receipt';
import { quizFile } from '../support/quiz-file';

// A whole year's receipts at once (3,000 froze the class results page for 17 s in one task), and a
// few classes' (300, which issue 19 bounds at 200 ms per task, kept on the device: written in parts
// of 50,000 characters, one per task, since one write of 600 KB took up to 160 ms). A timing, so it
// runs alone, after every other browser test (playwright.config.ts, project "timing"): a second
// test in parallel on a two-core machine doubles every task.
const assignment = testAssignment({
	id: 'timing0001',
	title: 'A year group',
	lang: 'en',
	modules: ['01-jurisdiction', '02-cyber'],
	questions: { mode: 'random', perModule: 2 },
	retries: true
});
const quizzes = assignment.modules.map(quizFile);

async function dropReceipts(page: Page, count: number): Promise<void> {
	const texts = Array.from({ length: count }, (_, i) =>
		serializeReceipt(
			buildReceipt({
				assignment,
				student: { name: `Student ${String(i).padStart(4, '0')}`, class: `T${i % 12}` },
				attempt: 1,
				startedAt: '2026-11-03T10:00:00.000Z',
				finishedAt: '2026-11-03T10:20:00.000Z',
				quizzes,
				questionIds: selectQuestions(assignment, quizzes, i),
				answers: {},
				seed: i
			})
		)
	);
	await page.goto('/en/teach/results/');
	await expect(page.locator('[data-hydrated]')).toBeAttached();
	// The files are made in the page, then dropped in a task of their own; long tasks are counted
	// from the drop (handing 3,000 files over through the test tool is the tool's work, not the page's).
	// The same file name for all, as namesakes' receipts have: rows are receipts, never file names.
	// The drag's data is made before too: filling a DataTransfer with 300 files is the test's work.
	await page.evaluate((all) => {
		const transfer = new DataTransfer();
		for (const text of all) transfer.items.add(new File([text], 'receipt-student-1.json', { type: 'application/json' }));
		(window as unknown as { transfer: DataTransfer }).transfer = transfer;
	}, texts);
	await page.evaluate(() => {
		const longest: number[] = [];
		(window as unknown as { longest: number[] }).longest = longest;
		let dropped = Infinity;
		new PerformanceObserver((list) =>
			list.getEntries().forEach((entry) => {
				if (entry.startTime >= dropped) longest.push(entry.duration);
			})
		).observe({ type: 'longtask' });
		// A task's rendering (style, layout, paint) is not in its long task: the frame is.
		const frames: number[] = [];
		(window as unknown as { frames: number[] }).frames = frames;
		new PerformanceObserver((list) =>
			list.getEntries().forEach((entry) => {
				if (entry.startTime >= dropped) frames.push(entry.duration);
			})
		).observe({ type: 'long-animation-frame' });
		setTimeout(() => {
			dropped = performance.now();
			const transfer = (window as unknown as { transfer: DataTransfer }).transfer;
			document.querySelector('.zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
		}, 100);
	});
	// Waited for with a cheap look at the status lines only: the test tool's text search walks the
	// whole page in the page's own thread, and its long tasks would be counted as the page's.
	await waitForStatus(page, `${count} files read: ${count} receipts used.`);
}

async function waitForStatus(page: Page, text: string): Promise<void> {
	await page.waitForFunction(
		(wanted) => [...document.querySelectorAll('[role="status"]')].some((status) => status.textContent?.includes(wanted)),
		text,
		{ polling: 250, timeout: 60_000 }
	);
}

/** The long tasks since the drop, in ms. */
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longest: number[] }).longest);
/** The long frames since the drop (their tasks and the rendering after them), in ms. */
const longFrames = (page: Page) => page.evaluate(() => (window as unknown as { frames: number[] }).frames);

/** The table's page: how many students it shows, checked against the cells it may hold. */
async function pageOfStudents(page: Page, total: number, from = 1): Promise<number> {
	const table = page.getByRole('table', { name: /Students × questions/ });
	const range = page.getByRole('navigation', { name: 'Pages of the results table' }).getByRole('status');
	await expect(range).toHaveText(new RegExp(`^Students ${from} to \\d+ of ${total} \\(the CSV has them all\\)$`));
	const size = Number(/to (\d+)/.exec((await range.textContent()) ?? '')![1]) - from + 1;
	// a page holds at most 2,400 cells (laid out again whenever rows are added), and 100 students
	const columns = await table.getByRole('columnheader').count();
	expect(size * columns).toBeLessThanOrEqual(2400);
	expect(size).toBeLessThanOrEqual(100);
	// drawn a few rows per task, the header row above them
	await expect(table.getByRole('row')).toHaveCount(size + 1);
	return size;
}

// Issue 19: "300 receipts must stay under 200 ms per task". 228-241 ms on 6 Dec 2026; 60-145 ms on
// 7 Dec (quiet two-core machine) once the files were read 20 per task, the date formatter made
// once, and the table paged by cells. The frames, rendering included, reach 150-320 ms: bounded at
// 400 ms here, and said in the README.
test('300 receipts: read, shown and kept on the device with no task over 200 ms', async ({ page }) => {
	test.setTimeout(60_000);
	await dropReceipts(page, 300);
	await waitForStatus(page, 'These results are kept on this device');
	const longest = await longTasks(page);
	expect(Math.max(0, ...longest), JSON.stringify(longest)).toBeLessThan(200);
	const frames = await longFrames(page);
	expect(Math.max(0, ...frames), JSON.stringify(frames)).toBeLessThan(400);
	// every file has questions left unanswered: 50 named, the others counted
	await expect(page.getByText('…and 250 more students, marked ⚠ in the table.')).toBeVisible();
	// kept: there again on the next visit, a page at a time
	await page.reload();
	const size = await pageOfStudents(page, 300);
	await page.getByRole('button', { name: 'Next students' }).click();
	await pageOfStudents(page, 300, size + 1);
});

test('a year\'s 3,000 receipts: read without freezing the page, shown a page at a time, not written to the device', async ({ page }) => {
	test.setTimeout(120_000);
	await dropReceipts(page, 3000);
	// more than a browser keeps for a site: not written (writing megabytes holds the page), and said
	await expect(page.getByText(/could not keep these results \(too many for its storage/)).toBeVisible();
	const size = await pageOfStudents(page, 3000);
	await page.getByRole('button', { name: 'Next students' }).click();
	await pageOfStudents(page, 3000, size + 1);
	// 17 s in one task before; the reading is sliced and the table drawn a few rows at a time
	const longest = await longTasks(page);
	expect(Math.max(0, ...longest), JSON.stringify(longest)).toBeLessThan(400);
});
