import { describe, expect, it } from 'vitest';
import { joinKeys, joinSomeKeys, splitKeys } from './split-keys';
import type { Quiz } from './types';

const quiz = {
	module: 'm',
	passMark: 0.5,
	questions: [
		{
			type: 'truefalse',
			view: { id: 'q1', type: 'truefalse', objectives: [], scenario: false, prompt: { fr: 'A', en: 'A' }, hints: [] },
			key: { type: 'truefalse', answer: true, explanation: { fr: 'x', en: 'x' }, citations: [], feedback: { true: { fr: 't', en: 't' }, false: { fr: 'f', en: 'f' } } }
		},
		{
			type: 'short',
			view: { id: 'q2', type: 'short', objectives: [], scenario: false, prompt: { fr: 'B', en: 'B' }, hints: [] },
			key: { type: 'short', accepted: { fr: ['oui'], en: ['yes'] }, explanation: { fr: 'y', en: 'y' }, citations: [] }
		}
	]
} as unknown as Quiz;

describe('splitKeys / joinKeys', () => {
	it('keeps no answer in the views', () => {
		const { views } = splitKeys(quiz);
		expect(JSON.stringify(views)).not.toMatch(/accepted|answer|explanation|feedback/);
		expect(views.questions.map((q) => q.view.id)).toEqual(['q1', 'q2']);
	});

	it('puts the quiz back together as it was', () => {
		const { views, keys } = splitKeys(quiz);
		expect(joinKeys(views, keys)).toEqual(quiz);
	});

	it('refuses keys that do not fit the questions', () => {
		const { views, keys } = splitKeys(quiz);
		expect(joinKeys(views, { q1: keys.q1 })).toBeUndefined();
		expect(joinKeys(views, { q1: keys.q2, q2: keys.q1 })).toBeUndefined();
	});
});

describe('joinSomeKeys', () => {
	it('gives the questions whose keys are here their keys, and the others none', () => {
		const { views, keys } = splitKeys(quiz);
		const some = joinSomeKeys(views, { q2: keys.q2 });
		expect(some.questions.map((q) => 'key' in q)).toEqual([false, true]);
		expect(some.questions[1]).toEqual(quiz.questions[1]);
		expect(joinSomeKeys(views, keys)).toEqual(quiz);
	});

	it('leaves out a key of another type than its question', () => {
		const { views, keys } = splitKeys(quiz);
		expect(joinSomeKeys(views, { q1: keys.q2 }).questions.some((q) => 'key' in q)).toBe(false);
	});
});
