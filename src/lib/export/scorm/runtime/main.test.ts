// The runtime on a page (jsdom), with a fake LMS as window.API: a finished attempt reopened by the
// LMS is shown read-only and nothing is written; connected, a submission is final; without an LMS,
// "Change my answers" still works.
import { afterEach, describe, expect, it } from 'vitest';
import { keyInput } from '../../../quiz/grade';
import { sampleQuiz } from '../../../quiz/test-support/sample-questions';
import type { LearnerInput, Locale } from '../../../quiz/types';
import { labels } from '../../labels';
import { jsonForScript, scoData } from '../data';
import { DATA_ELEMENT_ID, QUIZ_ROOT_ID } from '../page';
import { encodeState } from '../suspend-data';
import type { Scorm12Api } from './lms';
import { boot } from './main';

type Call = [string, ...string[]];

function fakeApi(initial: Record<string, string>) {
	const calls: Call[] = [];
	const values: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted', 'cmi.suspend_data': '', ...initial };
	const api: Scorm12Api = {
		LMSInitialize: () => (calls.push(['LMSInitialize']), 'true'),
		LMSFinish: () => (calls.push(['LMSFinish']), 'true'),
		LMSGetValue: (element) => (calls.push(['LMSGetValue', element]), values[element] ?? ''),
		LMSSetValue: (element, value) => {
			calls.push(['LMSSetValue', element, value]);
			values[element] = value;
			return 'true';
		},
		LMSCommit: () => (calls.push(['LMSCommit']), 'true'),
		LMSGetLastError: () => '0'
	};
	return { api, calls, values };
}

const views = sampleQuiz.questions.map((question) => question.view);
const rightAnswers = (lang: Locale): Record<string, LearnerInput> =>
	Object.fromEntries(sampleQuiz.questions.map((question) => [question.view.id, keyInput(question, lang)]));
/** What a submitted attempt with every answer right leaves in suspend_data. */
const submittedState = (lang: Locale) => encodeState(views, { seed: 7, submitted: true, answers: rightAnswers(lang) });

/** The SCO's page with `api` as window.API (none: the package opened on its own), booted. */
function open(lang: Locale, api: Scorm12Api | null) {
	document.body.innerHTML =
		`<section id="${QUIZ_ROOT_ID}"></section>` +
		`<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForScript(scoData(sampleQuiz, lang, 'Lesson'))}</script>`;
	(window as unknown as { API?: Scorm12Api }).API = api ?? undefined;
	const app = boot();
	if (!app) throw new Error('did not boot');
	return app;
}

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
/** Form controls a learner could use to answer (a disabled fieldset disables those inside it). */
const enabledControls = () =>
	[...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('fieldset.q input, fieldset.q select, fieldset.q button')].filter(
		(control) => !control.matches(':disabled')
	);
/** A button the learner can see and press. */
const usable = (id: string) => {
	const button = $<HTMLButtonElement>(`#${id}`);
	return !!button && !button.disabled && !button.closest('[hidden]') && !button.hidden;
};
const writes = (calls: Call[]) => calls.filter(([name]) => name === 'LMSSetValue' || name === 'LMSCommit');

afterEach(() => {
	delete (window as unknown as { API?: unknown }).API;
	document.body.innerHTML = '';
});

describe('runtime: a finished attempt is a read-only review', () => {
	it.each([
		['review', 'passed', 'en'],
		['review', 'failed', 'fr'],
		['browse', 'passed', 'en'],
		// Moodle relaunching the graded attempt in normal mode: the same review
		['normal', 'failed', 'en'],
		['normal', 'incomplete', 'fr']
	] as const)('lesson_mode %s, status %s (%s): results shown, nothing to answer, nothing sent', (mode, status, lang) => {
		const { api, calls, values } = fakeApi({ 'cmi.core.lesson_mode': mode, 'cmi.core.lesson_status': status, 'cmi.core.score.raw': '54', 'cmi.suspend_data': submittedState(lang) });
		const app = open(lang, api);
		expect($('#icc-lms-status')?.textContent).toBe(labels[lang].reviewFinished);
		expect($('#icc-resumed')).toBeNull();
		// today's results view: score, verdict, each question's mark, answer and explanation
		expect($('#icc-results')?.hidden).toBe(false);
		expect($('#icc-verdict')?.dataset.status).toBe('passed');
		expect(document.querySelectorAll('fieldset[data-result="correct"]')).toHaveLength(sampleQuiz.questions.length);
		expect(document.querySelectorAll('.q-result:not([hidden])')).toHaveLength(sampleQuiz.questions.length);
		expect($('.q-result')?.textContent).toContain(labels[lang].explanation);
		// no way to change the answers, or to submit them again
		expect(enabledControls()).toEqual([]);
		expect(usable('icc-submit')).toBe(false);
		expect(usable('icc-try-again')).toBe(false);
		expect(usable('icc-finish')).toBe(false);
		app.reopen();
		app.submit();
		app.submit();
		expect(enabledControls()).toEqual([]);
		// the LMS closes the SCO
		window.dispatchEvent(new Event('pagehide'));
		expect(writes(calls)).toEqual([]);
		expect(calls.filter(([name]) => name === 'LMSFinish')).toHaveLength(1);
		expect(values).toMatchObject({ 'cmi.core.lesson_status': status, 'cmi.core.score.raw': '54' });
	});

	it('review (or preview) without a finished attempt: the quiz is shown locked, without answers or results', () => {
		const { api, calls } = fakeApi({ 'cmi.core.lesson_mode': 'browse' });
		open('en', api);
		expect($('#icc-lms-status')?.textContent).toBe(labels.en.reviewOnly);
		expect($('#icc-results')?.hidden).toBe(true);
		expect(enabledControls()).toEqual([]);
		expect(usable('icc-submit')).toBe(false);
		window.dispatchEvent(new Event('pagehide'));
		expect(writes(calls)).toEqual([]);
	});
});

describe('runtime: connected to an LMS, a submission is final', () => {
	it('reports once; no "Change my answers"; a second submission sends nothing', () => {
		const { api, calls, values } = fakeApi({});
		const app = open('en', api);
		expect($('#icc-lms-status')?.textContent).toBe(labels.en.lmsConnected);
		expect(enabledControls().length).toBeGreaterThan(0);
		const first = sampleQuiz.questions[0];
		const radio = first && $<HTMLInputElement>(`fieldset[data-question-id="${first.view.id}"] input[value="${String(keyInput(first, 'en'))}"]`);
		radio?.click();
		expect(values['cmi.suspend_data']).not.toBe('');
		app.submit(); // asks to confirm: questions left unanswered
		app.submit();
		expect($('#icc-verdict')?.dataset.status).toBe('failed');
		expect($('#icc-final')?.textContent).toBe(labels.en.lmsFinal);
		expect(usable('icc-try-again')).toBe(false);
		expect(usable('icc-finish')).toBe(true);
		const reported = values['cmi.core.score.raw'];
		app.reopen();
		expect(enabledControls()).toEqual([]);
		app.submit();
		expect(calls.filter(([name, element]) => name === 'LMSSetValue' && element === 'cmi.core.score.raw')).toHaveLength(1);
		expect(values['cmi.core.score.raw']).toBe(reported);
		// "Save and exit" still closes the session properly
		$<HTMLButtonElement>('#icc-finish')?.click();
		expect(values['cmi.core.exit']).toBe('suspend');
		expect(calls.at(-1)).toEqual(['LMSFinish']);
	});
});

describe('runtime: without an LMS (standalone preview)', () => {
	it('"Change my answers" reopens the quiz', () => {
		const app = open('fr', null);
		expect($('#icc-lms-status')?.textContent).toBe(labels.fr.lmsMissing);
		app.submit();
		app.submit();
		expect($('#icc-results')?.hidden).toBe(false);
		expect(enabledControls()).toEqual([]);
		expect(usable('icc-try-again')).toBe(true);
		$<HTMLButtonElement>('#icc-try-again')?.click();
		expect($('#icc-results')?.hidden).toBe(true);
		expect(enabledControls().length).toBeGreaterThan(0);
	});
});
