// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAttempt, firstAttemptSeed, summariseAnswers } from './attempt';
import { sampleQuiz, samples } from './test-support/sample-questions';
import type { Question, Quiz } from './types';

const sorted = (ids: string[]) => [...ids].sort();

describe('createAttempt', () => {
	it('is the same for the same seed (a reload shows the same order)', () => {
		expect(createAttempt(sampleQuiz, 99)).toEqual(createAttempt(sampleQuiz, 99));
	});

	it('orders every question, option, item, target, blank option and decision option, each exactly once', () => {
		const attempt = createAttempt(sampleQuiz, 7);
		expect(sorted(attempt.questionOrder)).toEqual(sorted(sampleQuiz.questions.map((q) => q.view.id)));
		expect(sorted(attempt.optionOrders['s1'])).toEqual(['a', 'b', 'c', 'd']);
		expect(sorted(attempt.optionOrders['m1'])).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(sorted(attempt.optionOrders['o1'])).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
		expect(sorted(attempt.optionOrders['ma1'])).toEqual(['t1', 't2', 't3', 't4', 't5']);
		expect(Object.keys(attempt.optionOrders).sort()).toEqual(['m1', 'ma1', 'o1', 's1']);
		expect(sorted(attempt.partOptionOrders['c1']['b1'])).toEqual(['cij', 'cpi', 'onu']);
		expect(sorted(attempt.partOptionOrders['c1']['b2'])).toEqual(['geneve', 'lahaye', 'newyork']);
		expect(sorted(attempt.partOptionOrders['k1']['crime'])).toEqual(['genocide', 'none', 'war']);
		expect(sorted(attempt.partOptionOrders['k1']['link'])).toEqual(['nationality', 'territory']);
		expect(Object.keys(attempt.partOptionOrders).sort()).toEqual(['c1', 'k1']);
	});

	it('keeps the authored question order when asked to', () => {
		const ids = sampleQuiz.questions.map((q) => q.view.id);
		for (const seed of [1, 2, 3]) {
			expect(createAttempt(sampleQuiz, seed, { shuffleQuestions: false }).questionOrder).toEqual(ids);
		}
	});

	it('varies with the seed', () => {
		const orders = new Set(Array.from({ length: 10 }, (_, seed) => createAttempt(sampleQuiz, seed).questionOrder.join()));
		expect(orders.size).toBeGreaterThan(5);
	});

	it('never starts an ordering question in the right order', () => {
		const two: Question = {
			...samples.ordering,
			view: { ...samples.ordering.view, items: samples.ordering.view.items.slice(0, 2) },
			key: { ...samples.ordering.key, order: ['i1', 'i2'] }
		};
		const quiz: Quiz = { ...sampleQuiz, questions: [two] };
		for (let seed = 0; seed < 50; seed++) {
			expect(createAttempt(quiz, seed).optionOrders['o1']).toEqual(['i2', 'i1']);
		}
	});
});

describe('firstAttemptSeed', () => {
	const typeOfFirst = (quiz: Quiz, seed: number) => quiz.questions.find((q) => q.view.id === createAttempt(quiz, seed).questionOrder[0])!.type;

	it('draws an attempt whose question 1 is of a type asked for, the same on every call', () => {
		for (const types of [['single'], ['truefalse'], ['multiple', 'single']] as Question['type'][][]) {
			const seed = firstAttemptSeed(sampleQuiz, types);
			expect(types).toContain(typeOfFirst(sampleQuiz, seed));
			expect(firstAttemptSeed(sampleQuiz, types)).toBe(seed);
		}
	});

	it('differs from one module to another (not one order for every quiz)', () => {
		const seeds = new Set(['m1', 'm2', 'm3', 'm4'].map((module) => firstAttemptSeed({ ...sampleQuiz, module }, ['single', 'multiple', 'truefalse'])));
		expect(seeds.size).toBe(4);
	});
});

describe('summariseAnswers', () => {
	// Four questions: two check "crimes", two check "jurisdiction", the cloze checks both.
	const quiz: Quiz = {
		module: '01-jurisdiction',
		passMark: 0.7,
		questions: [
			{ ...samples.single, view: { ...samples.single.view, objectives: ['crimes'] } },
			{ ...samples.multiple, view: { ...samples.multiple.view, objectives: ['crimes'] } },
			{ ...samples.truefalse, view: { ...samples.truefalse.view, objectives: ['jurisdiction'] } },
			{ ...samples.cloze, view: { ...samples.cloze.view, objectives: ['jurisdiction', 'crimes'] } }
		]
	};

	it('adds the scores, counts unanswered and incomplete answers as 0, and averages per objective', () => {
		const summary = summariseAnswers(quiz, {
			s1: 'b', // 1
			m1: ['a', 'c'], // 2/3
			t1: null, // incomplete: not graded
			c1: { b1: 'cpi', b2: 'geneve' } // 1/2
		});
		expect(summary.total).toBe(4);
		expect(summary.earned).toBeCloseTo(1 + 2 / 3 + 1 / 2, 12);
		expect(summary.percent).toBeCloseTo(((1 + 2 / 3 + 1 / 2) / 4) * 100, 10);
		expect(summary.passed).toBe(false);
		expect(summary.answered).toBe(3);
		expect(summary.objectives['crimes'].mastery).toBeCloseTo((1 + 2 / 3 + 1 / 2) / 3, 12);
		expect(summary.objectives['crimes']).toMatchObject({ questions: 3, answered: 3 });
		expect(summary.objectives['jurisdiction'].mastery).toBeCloseTo((0 + 1 / 2) / 2, 12);
		expect(summary.objectives['jurisdiction']).toMatchObject({ questions: 2, answered: 1 });
	});

	it.each<[string, number, Record<string, unknown>, boolean]>([
		['all right', 0.7, { s1: 'b', m1: ['a', 'c', 'd'], t1: false, c1: { b1: 'cpi', b2: 'lahaye' } }, true],
		['3 of 4 against a pass mark of 0.75: passed', 0.75, { s1: 'b', m1: ['a', 'c', 'd'], t1: false }, true],
		['3 of 4 against a pass mark of 0.8: failed', 0.8, { s1: 'b', m1: ['a', 'c', 'd'], t1: false }, false],
		['nothing answered', 0.7, {}, false]
	])('%s', (_, passMark, answers, passed) => {
		expect(summariseAnswers({ ...quiz, passMark }, answers).passed).toBe(passed);
	});

	it('passes at exactly the pass mark although the sum of scores is not exact in binary', () => {
		// three 11-item orderings, each with 8 items in order: 7/10 each, 0.7 on average — but
		// 0.7 + 0.7 + 0.7 = 2.0999999999999996 in IEEE 754, and 2.0999999999999996 / 3 < 0.7
		const ids = Array.from({ length: 11 }, (_, index) => `i${index}`);
		const questions: Question[] = ['o1', 'o2', 'o3'].map((id) => ({
			type: 'ordering',
			view: { ...samples.ordering.view, id, items: ids.map((item) => ({ id: item, label: { fr: item, en: item } })) },
			key: { ...samples.ordering.key, order: ids }
		}));
		const eightInOrder = [...ids.slice(3), ...ids.slice(0, 3)];
		const answers = { o1: eightInOrder, o2: eightInOrder, o3: eightInOrder };
		const summary = summariseAnswers({ ...quiz, passMark: 0.7, questions }, answers);
		expect(summary.earned).toBeCloseTo(2.1, 12);
		expect(summary.passed).toBe(true);
	});

	it('summarises an empty quiz without dividing by zero', () => {
		expect(summariseAnswers({ ...quiz, questions: [] }, {})).toEqual({
			earned: 0,
			total: 0,
			percent: 0,
			passed: false,
			answered: 0,
			missed: [],
			credits: {},
			objectives: {}
		});
	});
});
