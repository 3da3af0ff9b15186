// The runtime (the site's QuizRunner mounted by svelte-main.ts) on a page (jsdom), with a fake LMS
// as window.API: a finished attempt reopened by the LMS shows the runner's results read-only and
// nothing is written; connected, a submission is final and reports the site's credit (hints cost);
// the attempt is saved in suspend_data as the learner goes and resumed from it.
import { flushSync, tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { creditOf, HINT_PENALTY, oneTry } from '../../../quiz/credit';
import { keyInput } from '../../../quiz/grade';
import { both, sampleQuiz, samples } from '../../../quiz/test-support/sample-questions';
import type { LearnerInput, Locale, Question, Quiz } from '../../../quiz/types';
import { labels } from '../../labels';
import { jsonForScript, scoData } from '../data';
import { DATA_ELEMENT_ID, QUIZ_ROOT_ID } from '../page';
import { decodeState, encodeState } from '../suspend-data';
import { LmsSession, type Scorm12Api } from './lms';
import { reportAttempt, scormStore, toAttempt } from './scorm-store';
import { boot } from './svelte-main';
import { fakeApi, type Call } from '../test-support/fake-api';


/** The sample quiz with two hints on the single-choice question s1. */
const quiz: Quiz = {
	...sampleQuiz,
	questions: sampleQuiz.questions.map((question): Question => {
		const hints = question.view.id === 's1' ? [both('first hint'), both('second hint')] : [];
		return { ...question, view: { ...question.view, hints } } as Question;
	})
};
const views = quiz.questions.map((question) => question.view);
const rightAnswers = (lang: Locale): Record<string, LearnerInput> =>
	Object.fromEntries(quiz.questions.map((question) => [question.view.id, keyInput(question, lang)]));
/** A submitted attempt with every answer right, as the runner leaves it: each answer its one try. */
const submittedState = (lang: Locale) => {
	const answers = rightAnswers(lang);
	const tries = Object.fromEntries(Object.entries(answers).map(([id, input]) => [id, [{ input, hints: 0 }]]));
	return encodeState(views, { seed: 7, submitted: true, answers, hints: {}, tries });
};
const sets = (calls: Call[]) => calls.filter((call) => call[0] === 'LMSSetValue');

function session(initial: Record<string, string>) {
	const fake = fakeApi(initial);
	const lms = new LmsSession(fake.api);
	lms.start((saved) => decodeState(views, saved)?.submitted === true);
	return { ...fake, lms, store: scormStore(quiz, lms) };
}

describe('scorm store: the runner’s attempt in suspend_data, under lms.ts’s rules', () => {
	it('saves the attempt as the learner goes, and a new session resumes it', () => {
		const first = session({});
		expect(first.store.load(quiz.module)).toEqual({ status: 'none' });
		const attempt = { ...toAttempt(quiz.module, { seed: 9, submitted: false, answers: { s1: 'b' }, hints: { s1: 1 } }), flagged: { t1: true }, current: 2 };
		expect(first.store.save(attempt).kept).toBe(true);
		const saved = first.values['cmi.suspend_data'] ?? '';
		const second = session({ 'cmi.suspend_data': saved, 'cmi.core.lesson_status': 'incomplete' });
		const loaded = second.store.load(quiz.module);
		expect(second.store.resumed).toBe(true);
		expect(loaded.status === 'ok' && loaded.attempt).toMatchObject({ seed: 9, answers: { s1: 'b' }, hints: { s1: 1 }, flagged: { t1: true }, current: 2, mode: 'test', finished: false });
	});

	it('a submission reports the site’s credit (one hint costs HINT_PENALTY), once: then nothing more is written', () => {
		const { lms, store, calls, values } = session({});
		const answers = rightAnswers('en');
		const tries = Object.fromEntries(Object.entries(answers).map(([id, input]) => [id, [{ input, hints: id === 's1' ? 1 : 0 }]]));
		const attempt = { ...toAttempt(quiz.module, { seed: 1, submitted: true, answers, hints: { s1: 1 } }), tries };
		const { report, sent } = reportAttempt(quiz, lms, store, attempt);
		const s1 = quiz.questions.find((question) => question.view.id === 's1') as Question;
		expect(creditOf(s1, oneTry(answers.s1 ?? null, 1)).credit).toBe(1 - HINT_PENALTY);
		const expected = 100 - (HINT_PENALTY * 100) / quiz.questions.length;
		expect(Number(report.raw)).toBeCloseTo(expected, 2);
		expect(sent).toBe(true);
		expect(values['cmi.core.score.raw']).toBe(report.raw);
		expect(decodeState(views, values['cmi.suspend_data'] ?? '')?.submitted).toBe(true);
		const before = sets(calls).length;
		// the runner saves again (e.g. a move after the results): final, nothing written
		store.save({ ...attempt, finished: false });
		expect(reportAttempt(quiz, lms, store, attempt).sent).toBe(false);
		expect(sets(calls).length).toBe(before);
	});

	it('a finished attempt reopened (review mode, or a graded status) writes nothing at all', () => {
		const submitted = submittedState('en');
		const launches: Record<string, string>[] = [
			{ 'cmi.core.lesson_mode': 'review', 'cmi.suspend_data': submitted, 'cmi.core.lesson_status': 'passed' },
			{ 'cmi.core.lesson_mode': 'normal', 'cmi.suspend_data': submitted, 'cmi.core.lesson_status': 'incomplete' },
			{ 'cmi.core.lesson_mode': 'browse' }
		];
		for (const initial of launches) {
			const { lms, store, calls } = session(initial);
			expect(lms.isReadOnly).toBe(true);
			const loaded = store.load(quiz.module);
			const attempt = loaded.status === 'ok' ? loaded.attempt : toAttempt(quiz.module, { seed: 1, submitted: false, answers: {}, hints: {} });
			store.save({ ...attempt, finished: false, answers: { s1: 'a' } });
			reportAttempt(quiz, lms, store, { ...attempt, finished: true });
			lms.finish(store.encoded());
			expect(sets(calls)).toEqual([]);
			expect(calls.map((call) => call[0]).filter((name) => name !== 'LMSGetValue')).toEqual(['LMSInitialize', 'LMSFinish']);
		}
	});
});

/** The SCO's page with `api` as window.API (none: the package opened on its own), booted. */
function open(lang: Locale, api: Scorm12Api | null, packaged: Quiz = quiz) {
	document.body.innerHTML =
		`<section id="${QUIZ_ROOT_ID}"></section>` +
		`<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForScript(scoData(packaged, lang, 'Lesson'))}</script>`;
	(window as unknown as { API?: Scorm12Api }).API = api ?? undefined;
	const app = boot();
	if (!app) throw new Error('did not boot');
	flushSync();
	return app;
}

const settle = async () => {
	for (let i = 0; i < 5; i++) {
		await tick();
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	flushSync();
};

describe('runtime: the site’s quiz runner in the package', () => {
	afterEach(() => {
		document.body.innerHTML = '';
		delete (window as unknown as { API?: Scorm12Api }).API;
	});

	it('runs the runner in test mode in the package’s language, and saves the first attempt in suspend_data', async () => {
		const { api, values } = fakeApi({});
		open('fr', api);
		await settle();
		expect(document.getElementById('icc-lms-status')?.textContent).toContain(labels.fr.lmsConnected);
		// the site's French messages (Paraglide), whatever the page's URL says
		expect(document.getElementById('question-heading')?.textContent).toContain(`Question 1 sur ${quiz.questions.length}`);
		expect(decodeState(views, values['cmi.suspend_data'] ?? '')).not.toBeNull();
	});

	it('a finished attempt in review: the runner’s results, read-only, no LMSSetValue', async () => {
		const submitted = submittedState('en');
		const { api, calls } = fakeApi({ 'cmi.core.lesson_mode': 'review', 'cmi.core.lesson_status': 'passed', 'cmi.suspend_data': submitted });
		const { session: lms } = open('en', api);
		await settle();
		expect(document.getElementById('icc-lms-status')?.textContent?.trim()).toBe(labels.en.reviewFinished);
		// the results view is loaded on demand, as on the site
		await vi.waitFor(() => expect(document.getElementById('results-heading')).not.toBeNull(), { timeout: 10_000 });
		expect(document.getElementById('icc-report')?.dataset.raw).toBe('100');
		expect(document.querySelectorAll(`#${QUIZ_ROOT_ID} button:not(:disabled), #${QUIZ_ROOT_ID} input:not(:disabled)`)).toHaveLength(0);
		lms.finish();
		expect(sets(calls)).toEqual([]);
	});

	it('a review or preview before any submission: the questions locked, nothing to submit, no LMSSetValue', async () => {
		const { api, calls } = fakeApi({ 'cmi.core.lesson_mode': 'browse' });
		const { session: lms } = open('en', api);
		await settle();
		expect(document.getElementById('icc-lms-status')?.textContent?.trim()).toBe(labels.en.reviewOnly);
		expect(document.getElementById('question-heading')).not.toBeNull();
		expect(document.getElementById('results-heading')).toBeNull();
		// answer controls disabled, no hint, flag or submit; only moving between questions
		expect(document.querySelectorAll(`#${QUIZ_ROOT_ID} .question input:not(:disabled), #${QUIZ_ROOT_ID} .question select:not(:disabled)`)).toHaveLength(0);
		const buttons = [...document.querySelectorAll<HTMLButtonElement>(`#${QUIZ_ROOT_ID} .bar button`)].map((button) => button.textContent ?? '');
		expect(buttons.every((text) => !/grade|hint/i.test(text))).toBe(true);
		expect(document.querySelector(`#${QUIZ_ROOT_ID} .flag`)).toBeNull();
		lms.finish();
		expect(sets(calls)).toEqual([]);
	});

	it('runs a case: one radio group per decision, saved in suspend_data and reported at submission', async () => {
		const cases: Quiz = { ...sampleQuiz, questions: [samples.case] };
		const caseViews = cases.questions.map((question) => question.view);
		const { api, values } = fakeApi({});
		open('en', api, cases);
		await settle();
		// the case widget is loaded on demand, as on the site
		await vi.waitFor(() => expect(document.querySelectorAll('fieldset[data-decision-id]')).toHaveLength(3), { timeout: 10_000 });
		const choose = (decision: string, option: string) => {
			document.querySelector<HTMLInputElement>(`fieldset[data-decision-id="${decision}"] input[value="${option}"]`)!.click();
			flushSync();
		};
		choose('crime', 'war');
		choose('link', 'nationality');
		choose('who', 'commander');
		expect(decodeState(caseViews, values['cmi.suspend_data'] ?? '')?.answers['k1']).toEqual({ crime: 'war', link: 'nationality', who: 'commander' });
		[...document.querySelectorAll<HTMLButtonElement>('.bar button')].find((button) => button.textContent?.includes('grade'))!.click();
		await settle();
		const anyway = document.querySelector<HTMLButtonElement>('.blanks button.secondary');
		if (anyway) anyway.click();
		await vi.waitFor(() => expect(document.getElementById('results-heading')).not.toBeNull(), { timeout: 10_000 });
		// two decisions of three right: the package reports the share (score.ts: two decimals)
		expect(values['cmi.core.score.raw']).toBe('66.66');
	});
});
