// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyInput, grade, isEmptyInput, keyInput } from './grade';
import { samples } from './test-support/sample-questions';
import type { LearnerInput, Question, QuestionType } from './types';

const all = Object.values(samples) as Question[];

describe('grade', () => {
	it.each(all.map((question) => [question.type, question] as const))('%s: the key answer is right', (_, question) => {
		for (const locale of ['fr', 'en'] as const) {
			const result = grade(question, keyInput(question, locale));
			expect(result).toMatchObject({ kind: 'graded', score: 1, correct: true });
		}
	});

	it.each<[QuestionType, string, number | undefined]>([
		['single', 'no-choice', undefined],
		['multiple', 'no-choice', undefined],
		['truefalse', 'no-choice', undefined],
		['short', 'empty-text', undefined],
		['numeric', 'empty-text', undefined],
		['ordering', 'incomplete-order', 5],
		['matching', 'unmatched', 4],
		['cloze', 'blank-empty', 2],
		['case', 'undecided', 3],
		['evidence', 'no-sentence', undefined]
	])('%s: an empty answer is not graded (%s)', (type, code, count) => {
		const question = samples[type];
		const expected = count === undefined ? { kind: 'invalid', code } : { kind: 'invalid', code, count };
		expect(grade(question, emptyInput(question.view))).toEqual(expected);
	});

	it.each<[QuestionType, LearnerInput, number]>([
		['single', 'a', 0],
		['multiple', ['a', 'c'], 2 / 3],
		['truefalse', true, 0],
		['short', 'Statut de Rome !', 1],
		['numeric', '1 000', 0],
		['ordering', ['i2', 'i1', 'i3', 'i4', 'i5'], 3 / 4],
		['matching', { x: 't2', y: 't1', z: 't3', w: 't4' }, 2 / 4],
		['cloze', { b1: 'cpi', b2: 'geneve' }, 1 / 2],
		['case', { crime: 'war', link: 'nationality', who: 'state' }, 1 / 3],
		['evidence', ['s2', 's3'], 0]
	])('%s: a complete answer %j is graded %d', (type, input, score) => {
		const result = grade(samples[type], input);
		expect(result.kind).toBe('graded');
		if (result.kind === 'graded') expect(result.score).toBeCloseTo(score, 12);
	});

	it.each<[QuestionType, unknown]>([
		['single', 42],
		['multiple', 'a'],
		['truefalse', 'true'],
		['short', ['Statut de Rome']],
		['numeric', null],
		['ordering', { i1: 0 }],
		['matching', ['t1']],
		['cloze', undefined],
		['case', ['war', 'territory', 'commander']],
		['evidence', 's2']
	])('%s: an input of the wrong shape (%j) is not graded, and does not throw', (type, input) => {
		expect(grade(samples[type], input).kind).toBe('invalid');
	});

	it('grades a numeric input given as a number', () => {
		expect(grade(samples.numeric, 125)).toMatchObject({ kind: 'graded', correct: true });
	});
});

describe('keyInput', () => {
	it('picks the accepted answer of the page language, else the other one', () => {
		expect(keyInput(samples.short, 'fr')).toBe('Statut de Rome');
		expect(keyInput(samples.short, 'en')).toBe('Rome Statute');
		const frenchOnly = { ...samples.short, key: { ...samples.short.key, accepted: { fr: ['Statut de Rome'], en: [] } } };
		expect(keyInput(frenchOnly, 'en')).toBe('Statut de Rome');
	});

	it('writes a decimal number as each page language types it', () => {
		const decimal = { ...samples.numeric, key: { ...samples.numeric.key, answer: 2.5 } };
		expect(keyInput(decimal, 'fr')).toBe('2,5');
		expect(keyInput(decimal, 'en')).toBe('2.5');
	});

	it('returns copies, so that editing the input cannot change the key', () => {
		const order = keyInput(samples.ordering) as string[];
		order.reverse();
		expect(samples.ordering.key.order).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
	});
});

describe('emptyInput and isEmptyInput', () => {
	it.each(all.map((question) => [question.type, question] as const))('%s: the empty input is empty', (_, question) => {
		expect(isEmptyInput(emptyInput(question.view))).toBe(true);
	});

	it.each<[LearnerInput, boolean]>([
		[null, true],
		['', true],
		['  ', true],
		[[], true],
		[{}, true],
		[{ x: null, y: null }, true],
		[false, false],
		[true, false],
		['0', false],
		[['a'], false],
		[{ x: null, y: 't1' }, false]
	])('%j → %j', (input, empty) => {
		expect(isEmptyInput(input)).toBe(empty);
	});
});
