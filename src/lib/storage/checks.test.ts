// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from './backup';
import {
	CHECKS_KEY,
	checkAnswersOf,
	checksDone,
	loadCheckAnswers,
	objectiveMastery,
	mergeCheckAnswer,
	readCheckAnswers,
	saveCheckAnswer,
	type CheckAnswer,
	type CheckAnswerChange
} from './checks';
import { loadProgress, recordAnswer, recordFinished } from './progress';

beforeEach(() => localStorage.clear());

const M = '01-jurisdiction';
const wrongThenRight: CheckAnswerChange = {
	module: M,
	answer: 'treaty',
	tries: [
		{ input: 'charter', hints: 0 },
		{ input: 'treaty', hints: 0 }
	],
	hints: 0,
	revealed: false,
	checked: true,
	credit: 0.5
};
const stamped = (change: CheckAnswerChange, rev: number, at = '2026-12-06T10:00:00.000Z'): CheckAnswer => ({ ...change, rev, at });

describe('answers to checks on the device', () => {
	it('are there after a reload, as they were left', () => {
		saveCheckAnswer('j-check-a', wrongThenRight);
		const stored = JSON.parse(localStorage.getItem(`icc:${CHECKS_KEY}`)!);
		expect(stored.checks['j-check-a']).toMatchObject(wrongThenRight);
		expect(checkAnswersOf(M)).toEqual({ 'j-check-a': expect.objectContaining(wrongThenRight) });
		expect(checkAnswersOf('02-cyber')).toEqual({});
	});

	it('leave the module’s quiz score, its answered counts and the review deck as they were', async () => {
		recordFinished(M, { percent: 80, objectives: { triggers: 0.8 }, timeSpentMs: 1000 }, new Date('2026-12-01T00:00:00Z'));
		await recordAnswer(M, 'j-quiz-q', { score: 1, helped: false }, new Date('2026-12-01T00:00:00Z'));
		const before = localStorage.getItem('icc:progress');
		saveCheckAnswer('j-check-a', { ...wrongThenRight, credit: 1 });
		expect(localStorage.getItem('icc:progress')).toBe(before);
		expect(loadProgress().progress.modules[M]).toMatchObject({ best: 80, last: 80, attempts: 1 });
		expect(Object.keys(loadProgress().progress.items)).toEqual(['j-quiz-q']);
	});

	it('count in the mastery of their objectives', () => {
		const objective = { quizMastery: 0.5, quizQuestions: 2, checkIds: ['j-check-a', 'j-check-b'] };
		const none = loadCheckAnswers().record;
		// the quiz alone: 0.5 × 2 questions, the two checks not answered count 0
		expect(objectiveMastery(objective, none)).toBeCloseTo(1 / 4);
		saveCheckAnswer('j-check-a', { ...wrongThenRight, credit: 1 });
		expect(objectiveMastery(objective, loadCheckAnswers().record)).toBeCloseTo(2 / 4);
		saveCheckAnswer('j-check-b', { ...wrongThenRight, credit: 0.5 });
		expect(objectiveMastery(objective, loadCheckAnswers().record)).toBeCloseTo(2.5 / 4);
	});

	it('count with the graded cases answered, a case not yet answered left out', () => {
		const objective = { quizMastery: 0.5, quizQuestions: 2, checkIds: ['j-check-a'] };
		const record = loadCheckAnswers().record;
		// 0.5 × 2 + an unanswered check (0), over 3
		expect(objectiveMastery(objective, record)).toBeCloseTo(1 / 3);
		// one case solved, one half right, one never opened: over 5
		expect(objectiveMastery({ ...objective, caseCredits: [1, 0.5, undefined] }, record)).toBeCloseTo(2.5 / 5);
		// only cases answered: a mastery all the same
		expect(objectiveMastery({ quizMastery: undefined, quizQuestions: 2, checkIds: [], caseCredits: [undefined, 1] }, record)).toBeCloseTo(1 / 3);
		expect(objectiveMastery({ quizMastery: undefined, quizQuestions: 2, checkIds: [], caseCredits: [undefined] }, record)).toBeUndefined();
	});

	it('give a mastery before any quiz, and none while nothing is answered', () => {
		const objective = { quizMastery: undefined, quizQuestions: 3, checkIds: ['j-check-a'] };
		expect(objectiveMastery(objective, loadCheckAnswers().record)).toBeUndefined();
		saveCheckAnswer('j-check-a', { ...wrongThenRight, credit: 1 });
		expect(objectiveMastery(objective, loadCheckAnswers().record)).toBeCloseTo(1 / 4);
		expect(checksDone(['j-check-a', 'j-check-b'], loadCheckAnswers().record)).toBe(1);
	});

	it('count an answer shown as done, earning nothing', () => {
		saveCheckAnswer('j-check-a', { ...wrongThenRight, tries: [], revealed: true, credit: 0 });
		const record = loadCheckAnswers().record;
		expect(checksDone(['j-check-a'], record)).toBe(1);
		expect(objectiveMastery({ quizMastery: undefined, quizQuestions: 0, checkIds: ['j-check-a'] }, record)).toBe(0);
	});

	it('do not overwrite what another tab saved meanwhile (read-merge-write)', () => {
		// this tab shows the check unanswered; another tab checks a wrong answer, then this one opens a hint
		saveCheckAnswer('j-check-a', { ...wrongThenRight, tries: [{ input: 'charter', hints: 0 }], checked: true, credit: 0 });
		const { answer } = saveCheckAnswer('j-check-a', { ...wrongThenRight, answer: null, tries: [], hints: 1, checked: false, credit: 0 });
		expect(answer.tries).toEqual([{ input: 'charter', hints: 0 }]);
		expect(answer.hints).toBe(1);
		// and a second check of another question in a third tab keeps both
		saveCheckAnswer('j-check-b', wrongThenRight);
		expect(Object.keys(loadCheckAnswers().record.checks).sort()).toEqual(['j-check-a', 'j-check-b']);
	});

	it('merge two copies: the longer trail, an answer shown stays shown and earns nothing', () => {
		const one = stamped({ ...wrongThenRight, tries: wrongThenRight.tries.slice(0, 1), credit: 0 }, 5);
		const two = stamped(wrongThenRight, 3);
		expect(mergeCheckAnswer(one, two).tries).toHaveLength(2);
		expect(mergeCheckAnswer(two, one)).toEqual(mergeCheckAnswer(one, two));
		const shown = stamped({ ...one, revealed: true }, 4);
		expect(mergeCheckAnswer(shown, two)).toMatchObject({ revealed: true, credit: 0, checked: true, tries: two.tries });
		expect(mergeCheckAnswer(one, stamped({ ...one, hints: 2 }, 1)).hints).toBe(2);
	});

	it('set an unreadable entry aside, keep the rest, and never throw', () => {
		const good = stamped(wrongThenRight, 1);
		const record = readCheckAnswers({ version: 1, rev: 2, checks: { a: good, toString: good, b: { ...good, credit: 7 } } });
		expect(Object.keys(record.checks).sort()).toEqual(['a', 'toString']);
		expect(record.aside?.checks).toEqual({ b: { ...good, credit: 7 } });
		localStorage.setItem(`icc:${CHECKS_KEY}`, 'not json');
		expect(loadCheckAnswers()).toMatchObject({ aside: 1, record: { checks: {}, aside: { whole: ['not json'] } } });
		// nothing lost on the next save: the value set aside is kept in the record
		saveCheckAnswer('j-check-a', wrongThenRight);
		expect(loadCheckAnswers().record.aside?.whole).toEqual(['not json']);
		fc.assert(fc.property(fc.anything(), (value) => void readCheckAnswers(value)), { numRuns: 2000 });
	});

	it('travel in a backup, merged with the device’s on import', () => {
		saveCheckAnswer('j-check-a', wrongThenRight);
		const file = exportBackup();
		localStorage.clear();
		saveCheckAnswer('j-check-b', wrongThenRight);
		saveCheckAnswer('j-check-a', { ...wrongThenRight, tries: [], checked: false, answer: null, credit: 0 });
		expect(importBackup(file).ok).toBe(true);
		const checks = loadCheckAnswers().record.checks;
		expect(Object.keys(checks).sort()).toEqual(['j-check-a', 'j-check-b']);
		expect(checks['j-check-a'].tries).toEqual(wrongThenRight.tries);
	});
});
