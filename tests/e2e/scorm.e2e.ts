// The SCORM 1.2 package in a real SCORM 1.2 runtime. `npm run export` (scripts/export.ts) builds
// the package of one module; the test unzips it (fflate) and serves it, with page.route, under a
// host page that plays the LMS: scorm-again's Scorm12API as window.API, every call recorded. The
// SCO runs in an iframe of that page, finds the API in its parent, and the test answers the quiz
// from its own key (right answers, then a failing variant), submits, and checks what the SCO
// reported: score raw/min/max, lesson_status against the pass mark, session_time's format,
// suspend_data (≤ 4,096 characters, and resumable), and that cmi.core.score.scaled was never set.
// A finished attempt reopened by the LMS (lesson_mode "review", or the graded attempt relaunched in
// "normal" mode, as Moodle does) must show its results read-only and send nothing: scorm-again
// accepts every value in review mode, so only the SCO can keep the recorded score.
// Hints cost credit as on the site: one hint opened before right answers must lower the reported
// score by exactly the hint's cost over the number of questions.
// The quiz in the package is the site's own QuizRunner (Svelte, test mode: one question at a time,
// "Next question", "Finish and grade"), driven here as a learner would, question by question.
//
// Needs the built site (npm run build): the package takes its lesson from build/.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { siteContent } from '../support/content';
import { message } from '../support/messages';
import { summariseAnswers } from '../../src/lib/quiz/attempt';
import { HINT_PENALTY, wholePercent } from '../../src/lib/quiz/credit';
import { keyInput } from '../../src/lib/quiz/grade';
import type { LearnerInput, Locale, Question, Quiz } from '../../src/lib/quiz/types';
import { labels } from '../../src/lib/export/labels';
import { scoreReport } from '../../src/lib/export/scorm/score';
import { decodeState } from '../../src/lib/export/scorm/suspend-data';
import { interactionId } from '../../src/lib/export/scorm/interactions';
import { SESSION_TIME_PATTERN } from '../../src/lib/export/scorm/session-time';

const ROOT = join(import.meta.dirname, '../..');
const HOST = 'http://lms.test';
const SCORM12_JS = readFileSync(join(ROOT, 'node_modules/scorm-again/dist/scorm12.js'), 'utf8');
const HOST_PAGE = readFileSync(join(import.meta.dirname, 'scorm/host.html'), 'utf8');

/** The first module (the site's order) whose quiz has eight question types (else the first with a quiz), and its quiz, as the site reads them. */
async function pickModule(): Promise<{ module: string; quiz: Quiz }> {
	const { content } = await siteContent('index');
	const withQuiz = content.modules.flatMap(({ slug, quiz }) => (quiz ? [{ module: slug, quiz }] : []));
	const picked = withQuiz.find(({ quiz }) => new Set(quiz.questions.map((question) => question.type)).size === 8) ?? withQuiz[0];
	if (!picked) throw new Error('no module has a quiz to export');
	return picked;
}

let module = '';
let quiz: Quiz;

type Call = { name: string; args: string[]; result: string; error: string };
type Package = Record<string, Uint8Array>;

const packages = new Map<Locale, Package>();
let outDir = '';

test.describe.configure({ mode: 'serial' });

// The packages are made from the same build as the site under test (playwright.config.ts).
const buildDir = process.env.BUILD_DIR ?? 'build';

test.beforeAll(async () => {
	({ module, quiz } = await pickModule());
	if (!existsSync(join(ROOT, buildDir, 'en', 'modules', module, 'index.html'))) {
		throw new Error(`${buildDir}/ has no lesson pages: run \`npm run build\` before this test`);
	}
	outDir = mkdtempSync(join(tmpdir(), 'icc-scorm-'));
	execFileSync(process.execPath, ['scripts/run.ts', 'scripts/export.ts', '--build', buildDir, '--out', outDir, '--module', module], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
	for (const lang of ['en', 'fr'] as const) {
		packages.set(lang, unzipSync(readFileSync(join(outDir, module, lang, `${module}-${lang}-scorm12.zip`))));
	}
});

test.afterAll(() => {
	if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const CONTENT_TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', xml: 'application/xml' };

/** Serves the host page (the "LMS"), scorm-again and the package's files under http://lms.test/. */
async function serve(page: Page, lang: Locale, initial: object | null): Promise<void> {
	const files = packages.get(lang);
	if (!files) throw new Error(`no package for ${lang}`);
	await page.route(`${HOST}/**`, async (route) => {
		const path = new URL(route.request().url()).pathname;
		const reply = (body: string | Buffer, type: string) => route.fulfill({ status: 200, body, headers: { 'content-type': type } });
		if (path === '/host.html') return reply(HOST_PAGE.replace('__INITIAL__', JSON.stringify(initial)), CONTENT_TYPES.html as string);
		if (path === '/scorm12.js') return reply(SCORM12_JS, CONTENT_TYPES.js as string);
		const file = path.startsWith('/sco/') ? files[decodeURIComponent(path.slice('/sco/'.length))] : undefined;
		if (!file) return route.fulfill({ status: 404, body: 'not found' });
		return reply(Buffer.from(file), CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
	});
}

async function openInLms(page: Page, lang: Locale, initial: object | null = null): Promise<FrameLocator> {
	await serve(page, lang, initial);
	await page.goto(`${HOST}/host.html`);
	const sco = page.frameLocator('#sco');
	await expect(sco.locator('.quiz[data-ready="true"]')).toBeVisible();
	return sco;
}

function calls(page: Page): Promise<Call[]> {
	return page.evaluate(() => (window as unknown as { calls: Call[] }).calls);
}

function setValues(list: Call[], element: string): string[] {
	return list.filter((call) => call.name === 'LMSSetValue' && call.args[0] === element).map((call) => call.args[1] ?? '');
}

function last<T>(list: T[]): T | undefined {
	return list[list.length - 1];
}

/** Whatever a learner would type, in the page's language (decimal comma in French). */
function typed(question: Question, input: LearnerInput, lang: Locale): LearnerInput {
	return question.type === 'numeric' && typeof input === 'string' && lang === 'fr' ? input.replace('.', ',') : input;
}

/** A wrong answer for a question of a type that makes one easy to build; null otherwise. */
function wrongInput(question: Question): LearnerInput | null {
	switch (question.type) {
		case 'single':
			return question.view.options.find((option) => option.id !== question.key.answer)?.id ?? null;
		case 'truefalse':
			return !question.key.answer;
		case 'numeric':
			return String(question.key.answer + (question.key.bounds.kind === 'range' ? question.key.bounds.max - question.key.bounds.min + 1 : question.key.bounds.tolerance + 1));
		case 'short':
			return 'certainly not this';
		default:
			return null;
	}
}

type Frame = FrameLocator | Page;

async function currentQuestion(sco: Frame): Promise<Question> {
	const id = await sco.locator('.question[data-question-id]').getAttribute('data-question-id');
	const question = quiz.questions.find((entry) => entry.view.id === id);
	if (!question) throw new Error(`no question ${id}`);
	return question;
}

/** Goes back to the first question with "Previous question". */
async function toFirst(sco: Frame, lang: Locale = 'en'): Promise<void> {
	const previous = sco.locator('.secondary-moves button', { hasText: message(lang, 'quiz_previous') });
	while (await previous.count()) await previous.click();
}

/** Visits every question from the first, in the attempt's order; `visit` runs on each. */
async function eachQuestion(sco: Frame, visit: (question: Question) => Promise<void>, lang: Locale = 'en'): Promise<void> {
	await toFirst(sco, lang);
	for (let n = 1; n <= quiz.questions.length; n++) {
		await expect(sco.locator('#question-heading')).toContainText(message(lang, 'quiz_progress', { n, total: quiz.questions.length }));
		await visit(await currentQuestion(sco));
		if (n < quiz.questions.length) await sco.locator('.bar button.primary').click();
	}
}

/** Answers every question with `answers` (none for a question left out), from the first. */
async function answerAll(sco: Frame, answers: Record<string, LearnerInput | undefined>, lang: Locale = 'en'): Promise<void> {
	await eachQuestion(sco, async (question) => {
		const input = answers[question.view.id];
		if (input !== undefined && input !== null) await answer(sco, question, input);
	}, lang);
}

/** "Finish and grade" on the last question; blank questions are confirmed ("Submit anyway"). */
async function submit(sco: Frame, lang: Locale = 'en'): Promise<void> {
	await sco.locator('.bar button.primary', { hasText: message(lang, 'quiz_submit_all') }).click();
	const anyway = sco.locator('.blanks button', { hasText: message(lang, 'quiz_submit_anyway') });
	if (await anyway.isVisible()) await anyway.click();
	await expect(sco.locator('#results-heading')).toBeVisible();
}

async function answer(sco: Frame, question: Question, input: LearnerInput): Promise<void> {
	const field = sco.locator(`.question[data-question-id="${question.view.id}"]`);
	switch (question.type) {
		case 'single':
			await field.locator(`input[value="${String(input)}"]`).check();
			return;
		case 'truefalse':
			await field.locator(`input[value="${String(input)}"]`).check();
			return;
		case 'multiple':
		case 'evidence': {
			const chosen = new Set(input as string[]);
			const ids = question.type === 'multiple' ? question.view.options : question.view.sentences;
			for (const option of ids) {
				const box = field.locator(`input[value="${option.id}"]`);
				if (chosen.has(option.id)) await box.check();
				else await box.uncheck();
			}
			return;
		}
		case 'short':
		case 'numeric':
			await field.locator('input[type=text]').fill(String(input));
			return;
		case 'ordering': {
			const target = input as string[];
			for (let position = 0; position < target.length; position++) {
				const current = await field.locator('li[data-item-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-item-id')));
				let index = current.indexOf(target[position] ?? '');
				while (index > position) {
					await field.locator(`li[data-item-id="${target[position]}"] button[data-move="up"]`).click();
					index--;
				}
			}
			return;
		}
		case 'matching':
			for (const [item, targetId] of Object.entries(input as Record<string, string>)) {
				await field.locator(`select[data-item-id="${item}"]`).selectOption(targetId);
			}
			return;
		case 'cloze':
			for (const [blank, option] of Object.entries(input as Record<string, string>)) {
				await field.locator(`select[data-blank-id="${blank}"]`).selectOption(option);
			}
			return;
		case 'case':
			for (const [decision, option] of Object.entries(input as Record<string, string>)) {
				await field.locator(`fieldset[data-decision-id="${decision}"] input[value="${option}"]`).check();
			}
			return;
	}
}

/** The learner's input as the page shows it, read back from the controls. */
async function shown(sco: Frame, question: Question): Promise<LearnerInput> {
	const field = sco.locator(`.question[data-question-id="${question.view.id}"]`);
	switch (question.type) {
		case 'single':
			return (await field.locator('input:checked').getAttribute('value')) ?? null;
		case 'truefalse': {
			const value = await field.locator('input:checked').getAttribute('value');
			return value === null ? null : value === 'true';
		}
		case 'multiple':
		case 'evidence':
			return (await field.locator('input:checked').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).sort();
		case 'short':
		case 'numeric':
			return field.locator('input[type=text]').inputValue();
		case 'ordering':
			return field.locator('li[data-item-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-item-id') ?? ''));
		case 'matching':
			return field.locator('select[data-item-id]').evaluateAll((selects) =>
				Object.fromEntries(selects.map((select) => [select.getAttribute('data-item-id') ?? '', (select as HTMLSelectElement).value || null]))
			);
		case 'cloze':
			return field.locator('select[data-blank-id]').evaluateAll((selects) =>
				Object.fromEntries(selects.map((select) => [select.getAttribute('data-blank-id') ?? '', (select as HTMLSelectElement).value || null]))
			);
		case 'case':
			return field.locator('fieldset[data-decision-id]').evaluateAll((groups) =>
				Object.fromEntries(
					groups.map((group) => [group.getAttribute('data-decision-id') ?? '', group.querySelector<HTMLInputElement>('input:checked')?.value ?? null])
				)
			);
	}
}

function normalised(question: Question, input: LearnerInput): LearnerInput {
	return (question.type === 'multiple' || question.type === 'evidence') && Array.isArray(input) ? [...input].sort() : input;
}

function rightAnswers(lang: Locale): Record<string, LearnerInput> {
	return Object.fromEntries(quiz.questions.map((question) => [question.view.id, typed(question, keyInput(question, lang), lang)]));
}

/** Right answers, then wrong ones (one question at a time) until the quiz is failed. */
function failingAnswers(lang: Locale): Record<string, LearnerInput> {
	const answers = rightAnswers(lang);
	for (const question of quiz.questions) {
		if (!summariseAnswers(quiz, answers).passed) break;
		const wrong = wrongInput(question);
		if (wrong !== null) answers[question.view.id] = typed(question, wrong, lang);
	}
	return answers;
}

function checkCommonReport(list: Call[]): void {
	expect(list[0]?.name, 'the first call is LMSInitialize').toBe('LMSInitialize');
	expect(list[0]?.result).toBe('true');
	expect(list.some((call) => call.name === 'LMSGetValue' && call.args[0] === 'cmi.suspend_data'), 'reads suspend_data to resume').toBe(true);
	expect(list.filter((call) => call.name === 'LMSSetValue' && call.args[0] === 'cmi.core.score.scaled'), 'score.scaled is SCORM 2004').toEqual([]);
	const refused = list.filter((call) => call.name === 'LMSSetValue' && call.result !== 'true');
	expect(refused, 'every LMSSetValue accepted by the runtime').toEqual([]);
	for (const data of setValues(list, 'cmi.suspend_data')) expect(data.length).toBeLessThanOrEqual(4096);
	expect(last(setValues(list, 'cmi.core.score.min'))).toBe('0');
	expect(last(setValues(list, 'cmi.core.score.max'))).toBe('100');
	expect(list.some((call) => call.name === 'LMSCommit' && call.result === 'true'), 'commits').toBe(true);
}

/** suspend_data of the all-right attempt: before submitting (in progress), and once submitted */
let inProgressSuspendData = '';
let storedSuspendData = '';
/** what the failing attempt left: its suspend_data and the raw score the LMS recorded */
let failedAttempt = { suspend: '', raw: '' };

type Cmi = { suspend: string; status: string; raw: string; min: string; max: string };

function cmiOf(page: Page): Promise<Cmi> {
	return page.evaluate(() => {
		const api = (window as unknown as { realApi: { cmi: { suspend_data: string; core: { lesson_status: string; score: { raw: string; min: string; max: string } } } } }).realApi;
		return { suspend: api.cmi.suspend_data, status: api.cmi.core.lesson_status, raw: api.cmi.core.score.raw, min: api.cmi.core.score.min, max: api.cmi.core.score.max };
	});
}

/** The LMS closes the SCO's frame: the runtime ends the session on pagehide. */
async function closeSco(page: Page): Promise<void> {
	await page.evaluate(() => {
		(document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank';
	});
	await expect.poll(async () => last(await calls(page))?.name).toBe('LMSFinish');
}

test('all right through the site’s quiz UI: reports 100, passed, and finishes with a valid session time', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const sco = await openInLms(page, 'en');
	await expect(sco.locator('#icc-lms-status')).toContainText('recorded');
	// the site's rule, said before the quiz as on the site
	await expect(sco.locator('#icc-credit-rule')).toHaveText(message('en', 'quiz_credit_rule'));
	// the site's runner in test mode: one question at a time
	await expect(sco.locator('#question-heading')).toContainText(message('en', 'quiz_progress', { n: 1, total: quiz.questions.length }));
	const answers = rightAnswers('en');
	await answerAll(sco, answers);
	await expect.poll(async () => (await cmiOf(page)).suspend, { message: 'answers saved as the learner goes' }).not.toBe('');
	inProgressSuspendData = (await cmiOf(page)).suspend;
	await submit(sco);
	await expect(sco.locator('#icc-report')).toHaveAttribute('data-status', 'passed');
	await expect(sco.locator('.results .passed')).toHaveText(new RegExp(message('en', 'quiz_passed', { percent: wholePercent(quiz.passMark) }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	await expect(sco.locator('.results .score')).toHaveText(message('en', 'quiz_score_line', { percent: 100 }));
	await expect(sco.locator('ol.review > li.right')).toHaveCount(quiz.questions.length);
	// in an LMS the submission is final: no "retry", no "start over"
	await expect(sco.locator('#icc-final')).toHaveText(labels.en.lmsFinal);
	await expect(sco.locator('button', { hasText: message('en', 'quiz_retry_missed') })).toHaveCount(0);
	await expect(sco.locator('button', { hasText: message('en', 'quiz_start_over') })).toHaveCount(0);

	let list = await calls(page);
	checkCommonReport(list);
	expect(last(setValues(list, 'cmi.core.score.raw'))).toBe('100');
	expect(last(setValues(list, 'cmi.core.lesson_status'))).toBe('passed');
	// each question as an interaction (id, type, response, result): all correct
	expect(quiz.questions.map((_, n) => setValues(list, `cmi.interactions.${n}.result`)[0])).toEqual(quiz.questions.map(() => 'correct'));
	expect(quiz.questions.map((_, n) => setValues(list, `cmi.interactions.${n}.id`)[0])).toEqual(quiz.questions.map((question) => interactionId(question.view.id)));

	await sco.locator('#icc-finish').click();
	list = await calls(page);
	const sessionTime = last(setValues(list, 'cmi.core.session_time')) ?? '';
	expect(sessionTime).toMatch(SESSION_TIME_PATTERN);
	expect(sessionTime).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
	expect(last(setValues(list, 'cmi.core.exit'))).toBe('suspend');
	expect(last(list)?.name).toBe('LMSFinish');
	expect(last(list)?.result).toBe('true');

	// what the runtime keeps: the LMS's side of the story
	const cmi = await cmiOf(page);
	expect(cmi).toMatchObject({ status: 'passed', raw: '100', min: '0', max: '100' });
	expect(cmi.suspend.length).toBeGreaterThan(0);
	expect(cmi.suspend.length).toBeLessThanOrEqual(4096);
	expect(decodeState(quiz.questions.map((question) => question.view), cmi.suspend)?.submitted).toBe(true);
	storedSuspendData = cmi.suspend;
	expect(errors).toEqual([]);
});

test('resumes an attempt in progress from suspend_data (same question, same answers), then a failing submission reports failed and finishes on pagehide', async ({ page }) => {
	expect(inProgressSuspendData, 'set by the previous test').not.toBe('');
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const sco = await openInLms(page, 'en', { suspend_data: inProgressSuspendData, core: { lesson_status: 'incomplete' } });

	// back where the learner was (the last question), the answers there, not yet graded
	await expect(sco.locator('#icc-resumed')).toBeVisible();
	await expect(sco.locator('#question-heading')).toContainText(message('en', 'quiz_progress', { n: quiz.questions.length, total: quiz.questions.length }));
	await expect(sco.locator('#results-heading')).toHaveCount(0);
	const right = rightAnswers('en');
	await eachQuestion(sco, async (question) => {
		expect(normalised(question, await shown(sco, question)), question.view.id).toEqual(normalised(question, right[question.view.id] ?? null));
	});

	// change the answers: a failing variant
	const answers = failingAnswers('en');
	const changed = Object.fromEntries(Object.entries(answers).filter(([id, input]) => input !== right[id]));
	// a very long text must not push suspend_data past 4,096 characters
	const short = quiz.questions.find((question) => question.type === 'short');
	if (short) changed[short.view.id] = 'x'.repeat(5000);
	const withLongText = short ? { ...answers, [short.view.id]: 'x'.repeat(5000) } : answers;
	const expected = scoreReport(summariseAnswers(quiz, withLongText));
	expect(expected.status, 'the variant fails the pass mark').toBe('failed');
	await answerAll(sco, changed);
	await submit(sco);
	await expect(sco.locator('#icc-report')).toHaveAttribute('data-status', 'failed');
	await expect(sco.locator('.results .failed')).toBeVisible();

	let list = await calls(page);
	checkCommonReport(list);
	expect(last(setValues(list, 'cmi.core.score.raw'))).toBe(expected.raw);
	expect(Number(last(setValues(list, 'cmi.core.score.raw')))).toBeLessThan(quiz.passMark * 100);
	expect(last(setValues(list, 'cmi.core.lesson_status'))).toBe('failed');
	await expect(sco.locator('button', { hasText: message('en', 'quiz_retry_missed') })).toHaveCount(0);

	// the LMS closes the SCO: pagehide ends the session
	await closeSco(page);
	list = await calls(page);
	expect(last(setValues(list, 'cmi.core.session_time'))).toMatch(SESSION_TIME_PATTERN);
	const suspend = last(setValues(list, 'cmi.suspend_data')) ?? '';
	expect(suspend.length).toBeLessThanOrEqual(4096);
	const cmi = await cmiOf(page);
	failedAttempt = { suspend: cmi.suspend, raw: cmi.raw };
	expect(errors).toEqual([]);
});

test('wrong answers earn nothing: every question answered wrong (or left blank) reports 0 and failed', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const sco = await openInLms(page, 'en');
	const wrong = Object.fromEntries(quiz.questions.map((question) => [question.view.id, wrongInput(question) ?? undefined]));
	expect(Object.values(wrong).filter((input) => input !== undefined).length, 'some questions answered wrong').toBeGreaterThan(0);
	await answerAll(sco, wrong);
	await submit(sco);
	await expect(sco.locator('#icc-report')).toHaveAttribute('data-status', 'failed');
	await expect(sco.locator('.results .score')).toHaveText(message('en', 'quiz_score_line', { percent: 0 }));
	const list = await calls(page);
	checkCommonReport(list);
	expect(last(setValues(list, 'cmi.core.score.raw'))).toBe('0');
	expect(last(setValues(list, 'cmi.core.lesson_status'))).toBe('failed');
	expect(errors).toEqual([]);
});

// The attempts of the two first tests, reopened: in review mode (Moodle's "Review"), and in normal
// mode (Moodle relaunching the graded attempt, e.g. when no attempt is left).
for (const { name, lang, mode, attempt } of [
	{ name: 'the passed attempt in review mode', lang: 'en', mode: 'review', attempt: 'passed' },
	{ name: 'the failed attempt in review mode, French package', lang: 'fr', mode: 'review', attempt: 'failed' },
	{ name: 'the failed attempt relaunched in normal mode', lang: 'en', mode: 'normal', attempt: 'failed' }
] as const) {
	test(`a finished attempt is read-only and sends nothing: ${name}`, async ({ page }) => {
		const prior = attempt === 'passed' ? { suspend: storedSuspendData, raw: '100' } : failedAttempt;
		expect(prior.suspend, 'set by the tests above').not.toBe('');
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const sco = await openInLms(page, lang, {
			suspend_data: prior.suspend,
			core: { lesson_mode: mode, lesson_status: attempt, entry: 'resume', credit: mode === 'review' ? 'no-credit' : 'credit', score: { raw: prior.raw, min: '0', max: '100' } }
		});

		// the runner's results of the attempt, as they were recorded, said to be a review, in the package's language
		await expect(sco.locator('#icc-lms-status')).toHaveText(labels[lang].reviewFinished);
		await expect(sco.locator('#results-heading')).toHaveText(message(lang, 'quiz_results'));
		await expect(sco.locator('#icc-report')).toHaveAttribute('data-status', attempt);
		await expect(sco.locator('#icc-report')).toHaveAttribute('data-raw', prior.raw);
		await expect(sco.locator('ol.review > li')).toHaveCount(quiz.questions.length);

		// nothing offers to answer, submit, retry, start over or save
		await expect(sco.locator('#icc-quiz').locator('input:enabled, select:enabled, button:enabled')).toHaveCount(0);
		await expect(sco.locator('#icc-finish')).toHaveCount(0);
		await expect(sco.locator('.question')).toHaveCount(0);

		// the LMS closes the SCO: only LMSInitialize, reads and LMSFinish were called
		await closeSco(page);
		const list = await calls(page);
		expect(list.filter((call) => call.name !== 'LMSGetValue').map((call) => call.name)).toEqual(['LMSInitialize', 'LMSFinish']);
		expect(list.filter((call) => call.name === 'LMSSetValue'), 'no LMSSetValue at all').toEqual([]);
		expect(await cmiOf(page)).toMatchObject({ status: attempt, raw: prior.raw, suspend: prior.suspend });
		expect(errors).toEqual([]);
	});
}

test('a hint costs as on the site: said before, counted once, kept on resume, it lowers the reported score by its cost over the questions', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	// a question with two hints, else one with any
	const hinted = quiz.questions.find((question) => question.view.hints.length >= 2) ?? quiz.questions.find((question) => question.view.hints.length > 0);
	if (!hinted) throw new Error(`the quiz of ${module} has no hints to test`);
	const id = hinted.view.id;
	const count = hinted.view.hints.length;
	const views = quiz.questions.map((question) => question.view);
	const sco = await openInLms(page, 'en');
	const hintButton = sco.locator('button', { hasText: /^Show a hint/ });
	let visits = 0;
	await eachQuestion(sco, async (question) => {
		if (question.view.id !== id) return;
		visits++;
		// the cost is said before the hint is opened (the site's button)
		await expect(hintButton).toHaveText(message('en', 'quiz_hint_cost', { percent: wholePercent(1 - HINT_PENALTY) }));
		await hintButton.click();
		await expect(sco.locator(`#hint-${id}-1`)).toContainText(message('en', 'quiz_hint_n', { n: 1, total: count }));
		if (count > 1) await expect(hintButton).toHaveText(message('en', 'quiz_hint_cost', { percent: wholePercent(1 - 2 * HINT_PENALTY) }));
		else await expect(hintButton).toHaveCount(0);
	});
	expect(visits).toBe(1);
	await expect.poll(async () => decodeState(views, (await cmiOf(page)).suspend)?.hints).toEqual({ [id]: 1 });

	// the LMS reloads the SCO mid-attempt: the hint is still open and still counted
	const suspend = (await cmiOf(page)).suspend;
	await page.unrouteAll();
	const again = await openInLms(page, 'en', { suspend_data: suspend, core: { lesson_status: 'incomplete' } });
	await eachQuestion(again, async (question) => {
		if (question.view.id !== id) return;
		await expect(again.locator(`#hint-${id}-1`)).toBeVisible();
		if (count > 1) await expect(again.locator('button', { hasText: /^Show a hint/ })).toHaveText(message('en', 'quiz_hint_cost', { percent: wholePercent(1 - 2 * HINT_PENALTY) }));
	});

	const answers = rightAnswers('en');
	await answerAll(again, answers);
	await submit(again);

	// every answer is right; the hinted question earns 1 − HINT_PENALTY, so the score is 100 less
	// HINT_PENALTY × 100 over the number of questions, in hundredths (a pass rounded to the nearest,
	// a fail down: score.ts)
	const expectedPercent = 100 - (HINT_PENALTY * 100) / quiz.questions.length;
	const expectedPassed = expectedPercent / 100 >= quiz.passMark;
	const expectedRaw = String((expectedPassed ? Math.round(expectedPercent * 100) : Math.floor(expectedPercent * 100)) / 100);
	const list = await calls(page);
	checkCommonReport(list);
	const raw = last(setValues(list, 'cmi.core.score.raw'));
	expect(raw).toBe(expectedRaw);
	expect(Number(raw)).toBeLessThan(100);
	expect(last(setValues(list, 'cmi.core.lesson_status'))).toBe(expectedPassed ? 'passed' : 'failed');
	await expect(again.locator('#icc-report')).toHaveAttribute('data-raw', expectedRaw);
	// the results say which question the hint cost, and what it earns (the site's results)
	await expect(again.locator('ol.review > li.right')).toHaveCount(quiz.questions.length - 1);
	const row = again.locator('ol.review > li.partial');
	await expect(row).toHaveCount(1);
	await expect(row).toContainText(hinted.view.prompt.en.replace(/\s+/g, ' ').trim().slice(0, 40));
	await expect(row).toContainText(message('en', 'quiz_with_hints', { hints: 1 }));
	await expect(row).toContainText(`${wholePercent(1 - HINT_PENALTY)} %`);
	expect(errors).toEqual([]);
});

test('French package: the site’s French messages, right answers typed the French way (decimal comma) score 100', async ({ page }) => {
	const sco = await openInLms(page, 'fr');
	await expect(sco.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(sco.locator('#question-heading')).toContainText(message('fr', 'quiz_progress', { n: 1, total: quiz.questions.length }));
	await answerAll(sco, rightAnswers('fr'), 'fr');
	await submit(sco, 'fr');
	await expect(sco.locator('#icc-report')).toHaveAttribute('data-status', 'passed');
	await expect(sco.locator('.results .score')).toHaveText(message('fr', 'quiz_score_line', { percent: 100 }));
	const list = await calls(page);
	checkCommonReport(list);
	expect(last(setValues(list, 'cmi.core.score.raw'))).toBe('100');
});

async function axeProblems(page: Page, when: string): Promise<string[]> {
	const problems: string[] = [];
	for (const theme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: theme });
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		for (const violation of results.violations) {
			problems.push(`${when}, ${theme}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
		}
	}
	return problems;
}

test('without an LMS the package still works, offline, without errors, and passes axe', async ({ page }) => {
	// four axe scans (two states, two themes) of a whole quiz page: over a minute on a busy 2-core machine
	test.setTimeout(150_000);
	const errors: string[] = [];
	const requests: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await serve(page, 'en', null);
	await page.goto(`${HOST}/sco/index.html`);
	await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
	await expect(page.locator('#icc-lms-status')).toContainText('No course platform');
	await expect(page.locator('article.lesson h1')).toBeVisible();
	const problems = await axeProblems(page, 'before grading');
	// submitting with nothing answered asks for confirmation first, then grades 0
	for (let n = 1; n < quiz.questions.length; n++) await page.locator('.bar button.primary').click();
	await page.locator('.bar button.primary', { hasText: message('en', 'quiz_submit_all') }).click();
	await expect(page.locator('.blanks')).toContainText(String(quiz.questions.length));
	await page.locator('.blanks button', { hasText: message('en', 'quiz_submit_anyway') }).click();
	await expect(page.locator('#icc-report')).toHaveAttribute('data-status', 'failed');
	await expect(page.locator('#icc-report')).toHaveAttribute('data-raw', '0');
	await expect(page.locator('#icc-finish')).toHaveCount(0);
	problems.push(...(await axeProblems(page, 'after grading')));
	expect(problems).toEqual([]);
	expect(errors).toEqual([]);
	// the package's own files only
	expect([...new Set(requests)].filter((path) => path !== '/favicon.ico').sort()).toEqual(['/sco/index.html', '/sco/quiz.js']);
});

test('the manifest lists every file of the package', () => {
	const files = packages.get('en');
	if (!files) throw new Error('no package');
	const manifest = strFromU8(files['imsmanifest.xml'] ?? new Uint8Array());
	const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((match) => match[1]);
	expect(listed.sort()).toEqual(Object.keys(files).filter((name) => name !== 'imsmanifest.xml').sort());
	expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
	expect(manifest).toContain('adlcp:scormtype="sco"');
});
