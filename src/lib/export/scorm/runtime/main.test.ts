// The runtime on a page (jsdom), with a fake LMS as window.API: a finished attempt reopened by the
// LMS is shown read-only and nothing is written; connected, a submission is final; without an LMS,
// "Change my answers" still works; hints cost credit as on the site, counted once, kept on resume.
import { afterEach, describe, expect, it } from 'vitest';
import { keyInput } from '../../../quiz/grade';
import { both, sampleQuiz } from '../../../quiz/test-support/sample-questions';
import type { LearnerInput, Locale, Question, Quiz } from '../../../quiz/types';
import { labels } from '../../labels';
import { jsonForScript, scoData } from '../data';
import { DATA_ELEMENT_ID, QUIZ_ROOT_ID } from '../page';
import { decodeState, encodeState } from '../suspend-data';
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
const submittedState = (lang: Locale) => encodeState(views, { seed: 7, submitted: true, answers: rightAnswers(lang), hints: {} });

/** The sample quiz with two hints on the single-choice question s1 and one on the true/false t1. */
const hintedQuiz: Quiz = {
	...sampleQuiz,
	questions: sampleQuiz.questions.map((question): Question => {
		const hints = question.view.id === 's1' ? [both('first hint'), both('second hint')] : question.view.id === 't1' ? [both('only hint')] : [];
		return { ...question, view: { ...question.view, hints } } as Question;
	})
};
const hintedViews = hintedQuiz.questions.map((question) => question.view);

/** The SCO's page with `api` as window.API (none: the package opened on its own), booted. */
function open(lang: Locale, api: Scorm12Api | null, quiz: Quiz = sampleQuiz) {
	document.body.innerHTML =
		`<section id="${QUIZ_ROOT_ID}"></section>` +
		`<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForScript(scoData(quiz, lang, 'Lesson'))}</script>`;
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

/** The hints of question `id`, in order. */
const hintsOf = (id: string) => [...document.querySelectorAll<HTMLDetailsElement>(`fieldset[data-question-id="${id}"] details.q-hint`)];
/** What a learner sees on a hint: hidden ones are not offered yet. */
const hintState = (id: string) => hintsOf(id).map((details) => ({ hidden: details.hidden, open: details.open, label: details.querySelector('summary')?.textContent }));
/** Opens or closes a hint as a click on its summary does; the toggle event comes in a task of its own. */
async function setOpen(details: HTMLDetailsElement | undefined, open: boolean): Promise<void> {
	if (!details) throw new Error('no such hint');
	details.open = open;
	await new Promise((resolve) => setTimeout(resolve, 5));
}
type App = ReturnType<typeof open>;
/**
 * Answers every question of hintedQuiz right: by clicking for s1 and t1, whose hints these tests
 * open; the others through the runtime's setAnswer, what their controls call (the e2e test
 * drives every control).
 */
function answerAllRight(app: App, lang: Locale): void {
	for (const question of hintedQuiz.questions) {
		const key = keyInput(question, lang);
		if (question.type === 'single' || question.type === 'truefalse') {
			$(`fieldset[data-question-id="${question.view.id}"] input[value="${String(key)}"]`)?.click();
		} else {
			(app as unknown as { setAnswer(id: string, input: LearnerInput): void }).setAnswer(question.view.id, key);
		}
	}
}

describe('runtime: hints cost credit as on the site', () => {
	it('says the cost before opening, counts the first opening only, in order, and grades with it', async () => {
		const { api, values } = fakeApi({});
		const app = open('en', api, hintedQuiz);
		const text = labels.en;
		expect($('#icc-hint-rule')?.textContent).toBe(text.hintRule('25%'));
		// only the first hint is offered, with its cost; a question without hints has none
		expect(hintState('s1')).toEqual([
			{ hidden: false, open: false, label: text.hintCost(1, 2, '75%') },
			{ hidden: true, open: false, label: text.hintCost(2, 2, '50%') }
		]);
		expect(hintsOf('m1')).toEqual([]);

		await setOpen(hintsOf('s1')[0], true);
		expect(hintState('s1')).toEqual([
			{ hidden: false, open: true, label: text.hint(1, 2) },
			{ hidden: false, open: false, label: text.hintCost(2, 2, '50%') }
		]);
		expect(decodeState(hintedViews, values['cmi.suspend_data'] ?? '')?.hints).toEqual({ s1: 1 });
		// closing and opening it again costs nothing more
		await setOpen(hintsOf('s1')[0], false);
		await setOpen(hintsOf('s1')[0], true);
		expect(decodeState(hintedViews, values['cmi.suspend_data'] ?? '')?.hints).toEqual({ s1: 1 });

		answerAllRight(app, 'en');
		app.submit();
		expect($('#icc-verdict')?.dataset.status).toBe('passed');
		// the key with 1 hint earns 0.75: 7.75 of 8 questions
		const total = hintedQuiz.questions.length;
		expect(values['cmi.core.score.raw']).toBe(String(Math.round(((total - 0.25) / total) * 10000) / 100));
		expect($('#icc-score')?.textContent).toBe(text.score(`${Math.floor(((total - 0.25) / total) * 100)}%`));
		// the verdict is the answer's; the line below says the hint lowered its credit
		const s1 = $('fieldset[data-question-id="s1"]');
		expect(s1?.dataset.result).toBe('correct');
		expect(s1?.querySelector('.q-hint-cost')?.textContent).toBe(text.hintsLowered(1, '75%'));
		expect(document.querySelectorAll('.q-hint-cost')).toHaveLength(1);
		// after grading the key is shown: the other hints are free to read, and not counted
		expect(hintState('s1').map((hint) => hint.hidden)).toEqual([false, false]);
		expect(hintState('s1')[1]?.label).toBe(text.hint(2, 2));
		await setOpen(hintsOf('t1')[0], true);
		expect(decodeState(hintedViews, values['cmi.suspend_data'] ?? '')?.hints).toEqual({ s1: 1 });
	});

	it('a hint on a wrong answer lowers nothing: no line about it', async () => {
		const app = open('fr', null, hintedQuiz);
		await setOpen(hintsOf('t1')[0], true);
		$<HTMLInputElement>('fieldset[data-question-id="t1"] input[value="true"]')?.click(); // t1's key is false
		app.submit();
		app.submit();
		expect($('fieldset[data-question-id="t1"]')?.dataset.result).toBe('incorrect');
		expect(document.querySelectorAll('.q-hint-cost')).toHaveLength(0);
		expect($('#icc-score')?.textContent).toBe(labels.fr.score('0\u00a0%'));
	});

	it('resumes with the hints opened still open and counted; a finished attempt reviewed shows the same score', async () => {
		const inProgress = encodeState(hintedViews, { seed: 3, submitted: false, answers: {}, hints: { s1: 1, t1: 1 } });
		const { api, values } = fakeApi({ 'cmi.suspend_data': inProgress });
		const app = open('fr', api, hintedQuiz);
		expect($('#icc-resumed')).not.toBeNull();
		expect(hintState('s1')).toEqual([
			{ hidden: false, open: true, label: labels.fr.hint(1, 2) },
			{ hidden: false, open: false, label: labels.fr.hintCost(2, 2, '50\u00a0%') }
		]);
		expect(hintState('t1')).toEqual([{ hidden: false, open: true, label: labels.fr.hint(1, 1) }]);
		answerAllRight(app, 'fr');
		app.submit();
		const total = hintedQuiz.questions.length;
		const raw = String(Math.round(((total - 0.5) / total) * 10000) / 100);
		expect(values['cmi.core.score.raw']).toBe(raw);

		// the LMS reopens the graded attempt: the same score, from the same hints, nothing sent
		const review = fakeApi({ 'cmi.core.lesson_mode': 'review', 'cmi.core.lesson_status': 'passed', 'cmi.suspend_data': values['cmi.suspend_data'] ?? '' });
		open('fr', review.api, hintedQuiz);
		expect($('#icc-score')?.dataset.raw).toBe(raw);
		expect(document.querySelectorAll('.q-hint-cost')).toHaveLength(2);
		expect($('#icc-hint-rule')).toBeNull();
		await setOpen(hintsOf('s1')[1], true);
		expect(writes(review.calls)).toEqual([]);
	});
});
