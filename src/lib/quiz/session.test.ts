// @vitest-environment node
// The moves of a quiz session, as a student would make them: the path that earned 100 % without
// knowing anything, and the copy-from-the-results path, earn nothing.
import { describe, expect, it } from 'vitest';
import { summariseTrails } from './attempt';
import { keyInput } from './grade';
import * as session from './session';
import { check, finish, newSession, reveal, retryMissed, trailsOf, tryAgain, unanswered, type SessionState } from './session';
import { sampleQuiz, samples } from './test-support/sample-questions';
import type { Graded } from './types';

const single = samples.single; // answer 'b'
const quiz = { ...sampleQuiz, questions: [single, samples.truefalse] };
const ids = quiz.questions.map((q) => q.view.id);
const score = (state: ReturnType<typeof newSession>) => summariseTrails(quiz, trailsOf(state)).earned;

describe('a practice session', () => {
	it('a wrong answer then "show the answer" earns nothing and keeps the learner\'s answer', () => {
		let state = check(newSession('practice'), single, 'a').state;
		state = reveal(state, single.view.id);
		expect(state.answers[single.view.id]).toBe('a');
		expect(score(state)).toBe(0);
	});

	it('a retry costs', () => {
		const first = check(newSession('practice'), single, 'a');
		let state = tryAgain(first.state, single, first.result as Graded);
		state = check(state, single, 'b').state;
		expect(score(state)).toBeCloseTo(2 / 3);
	});

	it('answers copied from the results in "retry the ones I missed" earn nothing more', () => {
		let state = check(newSession('practice'), single, 'a').state;
		state = finish(state, quiz, ids);
		state = retryMissed(state, [single.view.id], () => null, true);
		state = check(state, single, keyInput(single)).state;
		state = finish(state, quiz, [single.view.id]);
		expect(score(state)).toBe(0);
		// the try is kept (for practice), not credited
		expect(state.tries[single.view.id]).toHaveLength(2);
	});

	it('a retry after results that showed no answers earns, less its cost', () => {
		let state = check(newSession('practice'), single, 'a').state;
		state = finish(state, quiz, ids);
		state = retryMissed(state, [single.view.id], () => null, false);
		state = check(state, single, 'b').state;
		expect(score(state)).toBeCloseTo(2 / 3);
	});
});

describe('a test session', () => {
	it('grades one answer per question at submission, and lists the blank ones first', () => {
		let state: SessionState = { ...newSession('test'), answers: { [single.view.id]: 'c' } };
		state = { ...state, answers: { ...state.answers, [single.view.id]: 'b' } };
		expect(unanswered(state, quiz, ids)).toEqual([samples.truefalse.view.id]);
		state = finish(state, quiz, ids);
		expect(state.tries[single.view.id]).toEqual([{ input: 'b', hints: 0 }]);
		expect(score(state)).toBe(1);
	});
});

describe('a saved session after the content changed', () => {
	const ids = ['a', 'b', 'c'];
	const saved = { ...session.newSession('practice'), answers: { a: 'x', gone: 'y' } };

	it('comes back to the last question when its position is past the end', () => {
		const fitted = session.fitToQuiz({ ...saved, current: 7 }, ids);
		expect(fitted.current).toBe(2);
		expect(fitted.answers).toEqual({ a: 'x', gone: 'y' });
	});

	it('drops removed questions from a retry, and goes back to the results when none is left', () => {
		expect(session.fitToQuiz({ ...saved, retry: ['gone', 'c'], current: 1 }, ids)).toMatchObject({ retry: ['c'], current: 0 });
		expect(session.fitToQuiz({ ...saved, retry: ['gone'], current: 0 }, ids)).toMatchObject({ retry: null, finished: true });
	});

	it('leaves a session that fits as it is', () => {
		const fits = { ...saved, current: 1 };
		expect(session.fitToQuiz(fits, ids)).toBe(fits);
	});
});

describe('answers given before the saved attempt was read (takeEarlyAnswers)', () => {
	const saved = {
		...session.newSession('practice'),
		answers: { a: 'x', b: 'y', c: 'z' },
		checked: { b: true },
		revealed: { c: true },
		current: 4
	};

	it('goes into each question still open, and only there', () => {
		const { state, taken } = session.takeEarlyAnswers(saved, { a: 'new-a', b: 'new-b', c: 'new-c', d: 'new-d' });
		expect(taken).toEqual(['a', 'd']);
		expect(state.answers).toEqual({ a: 'new-a', b: 'y', c: 'z', d: 'new-d' });
		expect(state.current).toBe(4);
		expect(state.checked).toEqual({ b: true });
	});

	it('changes nothing in a finished attempt', () => {
		const finished = { ...saved, finished: true };
		expect(session.takeEarlyAnswers(finished, { a: 'new-a' })).toEqual({ state: finished, taken: [] });
	});
});
