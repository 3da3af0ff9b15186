import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modules } from '$lib/content/lessons';
import { quizOf } from '$lib/content/quizzes';
import { samples } from '$lib/quiz/test-support/sample-questions';
import { describeAnswer, describeKey } from './describe-answer';

describe('describeAnswer', () => {
	it('puts each type of answer into words, one line per part', () => {
		expect(describeAnswer(samples.single, 'c', 'en')).toEqual(['label c']);
		expect(describeAnswer(samples.multiple, ['e', 'a'], 'en')).toEqual(['label e', 'label a']);
		expect(describeAnswer(samples.truefalse, true, 'fr')).toEqual(['Vrai']);
		expect(describeAnswer(samples.truefalse, false, 'en')).toEqual(['False']);
		expect(describeAnswer(samples.short, '  Statut de Rome ', 'fr')).toEqual(['Statut de Rome']);
		expect(describeAnswer(samples.numeric, '124', 'fr')).toEqual(['124 États']);
		expect(describeAnswer(samples.ordering, ['i2', 'i1'], 'en')).toEqual(['1. label i2', '2. label i1']);
		expect(describeAnswer(samples.matching, { x: 't1', y: null, z: null, w: null }, 'en')).toEqual([
			'label x → label t1',
			'label y → —',
			'label z → —',
			'label w → —'
		]);
		expect(describeAnswer(samples.cloze, { b1: 'onu', b2: null }, 'fr')).toEqual([
			'Trou 1\u00a0: label onu',
			'Trou 2\u00a0: —'
		]);
		// a case: each decision's question, then the option chosen
		expect(describeAnswer(samples.case, { crime: 'genocide', link: null, who: 'state' }, 'fr')).toEqual([
			'Which crime?\u00a0: label genocide',
			'Which link?\u00a0: —',
			'Who?\u00a0: label state'
		]);
		// evidence: each sentence selected, quoted as published, in the passage's order, with our
		// translation where the page language differs; an unknown id as it is
		expect(describeAnswer(samples.evidence, ['s4', 's2', 'zz'], 'fr')).toEqual([
			'«\u202fsecond\u202f» (deuxième)',
			'«\u202ffourth\u202f» (quatrième)',
			'zz'
		]);
		expect(describeAnswer(samples.evidence, ['s1'], 'en')).toEqual(['“first”']);
	});

	it('says "no answer", in the language asked, for an empty or wrongly shaped answer', () => {
		expect(describeAnswer(samples.single, null, 'fr')).toEqual(['Pas de réponse']);
		expect(describeAnswer(samples.single, { nonsense: true }, 'en')).toEqual(['No answer']);
		expect(describeAnswer(samples.multiple, [], 'en')).toEqual(['No answer']);
		expect(describeAnswer(samples.short, '   ', 'en')).toEqual(['No answer']);
	});

	it('shows an option id it does not know as it is (a receipt from an older version of the quiz)', () => {
		expect(describeAnswer(samples.single, 'zz', 'en')).toEqual(['zz']);
	});

	it('never throws, whatever the answer, for every question of the site', () => {
		const questions = modules.flatMap((module) => quizOf(module.slug)?.questions ?? []);
		expect(questions.length).toBeGreaterThan(50);
		fc.assert(
			fc.property(fc.constantFrom(...questions), fc.jsonValue(), fc.constantFrom('fr' as const, 'en' as const), (question, answer, lang) => {
				const lines = describeAnswer(question, answer, lang);
				expect(lines.length).toBeGreaterThan(0);
				for (const line of lines) expect(typeof line).toBe('string');
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('describeKey', () => {
	it('gives the expected answer; a short answer shows its first accepted wording only', () => {
		expect(describeKey(samples.single, 'en')).toEqual(['label b']);
		expect(describeKey(samples.short, 'fr')).toEqual(['Statut de Rome']);
		expect(describeKey(samples.cloze, 'en')).toEqual(['Blank 1: label cpi', 'Blank 2: label lahaye']);
		expect(describeKey(samples.case, 'en')).toEqual(['Which crime?: label war', 'Which link?: label territory', 'Who?: label commander']);
	});
});
