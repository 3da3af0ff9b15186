// @vitest-environment node
// Properties of grading, checked on generated questions of every type and generated answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyInput, grade, keyInput } from './grade';
import { shuffle } from './shuffle';
import {
	completeInputArb,
	incompleteInputArb,
	inputArb,
	questionArb,
	questionArbs
} from './test-support/arbitraries';
import { reorderView, scoreDirectly } from './test-support/score-directly';
import type { Question } from './types';

const questionAndInput = questionArb.chain((question) => fc.tuple(fc.constant(question), inputArb(question)));

/** One property per question type, so that a failure names the type. */
const types = Object.entries(questionArbs) as [string, fc.Arbitrary<Question>][];

describe('grading properties', () => {
	it('a score is always within [0, 1], correct exactly when it is 1, and grading never throws', () => {
		fc.assert(
			fc.property(questionAndInput, ([question, input]) => {
				const scored = scoreDirectly(question, input);
				expect(scored.score).toBeGreaterThanOrEqual(0);
				expect(scored.score).toBeLessThanOrEqual(1);
				expect(scored.correct).toBe(scored.score === 1);
				const result = grade(question, input);
				if (result.kind === 'graded') expect(result).toEqual(scored);
			}),
			{ numRuns: 2000 }
		);
	});

	it('grading anything at all never throws', () => {
		fc.assert(
			fc.property(questionArb, fc.anything(), (question, input) => {
				const result = grade(question, input);
				expect(['graded', 'invalid']).toContain(result.kind);
			}),
			{ numRuns: 1000 }
		);
	});

	it.each(types)('%s: the key answer scores 1, in both page languages', (_, arbitrary) => {
		fc.assert(
			fc.property(arbitrary, fc.constantFrom('fr' as const, 'en' as const), (question, locale) => {
				expect(grade(question, keyInput(question, locale))).toMatchObject({ kind: 'graded', score: 1, correct: true });
			}),
			{ numRuns: 300 }
		);
	});

	it.each(types)('%s: showing the options or items in another order never changes a grade', (_, arbitrary) => {
		const withInput = arbitrary.chain((question) => fc.tuple(fc.constant(question), inputArb(question)));
		fc.assert(
			fc.property(withInput, fc.integer(), ([question, input], seed) => {
				let call = 0;
				// a different permutation for each list in the view
				const reordered = reorderView(question, (entries) => shuffle(entries, seed + call++));
				expect(grade(reordered, input)).toEqual(grade(question, input));
			}),
			{ numRuns: 300 }
		);
	});

	it.each(types)('%s: an empty answer scores 0 when scored directly, without throwing', (_, arbitrary) => {
		fc.assert(
			fc.property(arbitrary, (question) => {
				expect(scoreDirectly(question, emptyInput(question.view))).toMatchObject({ score: 0, correct: false });
			}),
			{ numRuns: 200 }
		);
	});

	it.each(types)('%s: an incomplete answer is reported invalid, not graded wrong', (_, arbitrary) => {
		const withInput = arbitrary.chain((question) => fc.tuple(fc.constant(question), incompleteInputArb(question)));
		fc.assert(
			fc.property(withInput, ([question, input]) => {
				expect(grade(question, input).kind).toBe('invalid');
			}),
			{ numRuns: 300 }
		);
	});

	it.each(types)('%s: a complete answer is always graded', (_, arbitrary) => {
		const withInput = arbitrary.chain((question) => fc.tuple(fc.constant(question), completeInputArb(question)));
		fc.assert(
			fc.property(withInput, ([question, input]) => {
				expect(grade(question, input).kind).toBe('graded');
			}),
			{ numRuns: 300 }
		);
	});

	it('multiple: the score is 1 exactly for the set of right options', () => {
		const withChoice = questionArbs.multiple.chain((question) =>
			fc.tuple(fc.constant(question), fc.subarray(question.view.options.map((option) => option.id)))
		);
		fc.assert(
			fc.property(withChoice, ([question, chosen]) => {
				const exact = [...chosen].sort().join() === [...question.key.answer].sort().join();
				expect(scoreDirectly(question, chosen).score === 1).toBe(exact);
			}),
			{ numRuns: 500 }
		);
	});

	it('evidence: the score is 1 exactly for the key sentences, and selecting the whole passage earns less', () => {
		const withChoice = questionArbs.evidence.chain((question) =>
			fc.tuple(fc.constant(question), fc.subarray(question.view.sentences.map((sentence) => sentence.id)))
		);
		fc.assert(
			fc.property(withChoice, ([question, chosen]) => {
				const exact = [...chosen].sort().join() === [...question.key.answer].sort().join();
				expect(scoreDirectly(question, chosen).score === 1).toBe(exact);
				const everything = scoreDirectly(question, question.view.sentences.map((sentence) => sentence.id));
				expect(everything.score).toBeLessThan(scoreDirectly(question, question.key.answer).score);
			}),
			{ numRuns: 500 }
		);
	});

	it('evidence: the order in which sentences are selected or shown never changes the grade', () => {
		const withChoice = questionArbs.evidence.chain((question) =>
			fc.tuple(
				fc.constant(question),
				fc.subarray(question.view.sentences.map((sentence) => sentence.id)),
				fc.integer()
			)
		);
		fc.assert(
			fc.property(withChoice, ([question, chosen, seed]) => {
				const before = grade(question, chosen);
				const shuffled = shuffle(chosen, seed);
				const reordered = reorderView(question, (entries) => shuffle(entries, seed + 1));
				const after = grade(reordered, shuffled);
				expect(after.kind).toBe(before.kind);
				if (before.kind === 'graded' && after.kind === 'graded') {
					expect(after.score).toBe(before.score);
					expect(after.parts).toEqual(before.parts);
					expect([...after.feedback].sort()).toEqual([...before.feedback].sort());
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('ordering: the score is 1 exactly for the right order, and 0 for the reverse', () => {
		const withOrder = questionArbs.ordering.chain((question) =>
			fc.tuple(fc.constant(question), fc.shuffledSubarray(question.key.order, { minLength: question.key.order.length }))
		);
		fc.assert(
			fc.property(withOrder, ([question, order]) => {
				expect(scoreDirectly(question, order).score === 1).toBe(order.join() === question.key.order.join());
				expect(scoreDirectly(question, [...question.key.order].reverse()).score).toBe(0);
			}),
			{ numRuns: 500 }
		);
	});

	it('partial credit grows with each part made right (matching, cloze and case)', () => {
		const withInput = fc
			.oneof(questionArbs.matching, questionArbs.cloze, questionArbs.case)
			.chain((question) => fc.tuple(fc.constant(question), inputArb(question)));
		fc.assert(
			fc.property(withInput, ([question, input]) => {
				const before = scoreDirectly(question, input);
				const wrongPart = Object.keys(before.parts).find((part) => !before.parts[part]);
				if (wrongPart === undefined) return;
				const fixed = { ...(input as Record<string, string | null>), [wrongPart]: (question.key.answer as Record<string, string>)[wrongPart] };
				expect(scoreDirectly(question, fixed).score).toBeGreaterThan(before.score);
			}),
			{ numRuns: 500 }
		);
	});
});
