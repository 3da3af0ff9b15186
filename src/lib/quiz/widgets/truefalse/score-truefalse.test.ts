// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import type { TrueFalseInput } from '../../types';
import { scoreTrueFalse } from './score-truefalse';

// The sample's answer is false.
const { key } = samples.truefalse;

describe('scoreTrueFalse', () => {
	it.each<[TrueFalseInput, number, string[]]>([
		[false, 1, ['false']],
		[true, 0, ['true']],
		[null, 0, []]
	])('%j → %d', (input, score, feedback) => {
		expect(scoreTrueFalse(input, key)).toEqual({
			kind: 'graded',
			score,
			correct: score === 1,
			parts: { answer: score === 1 },
			feedback
		});
	});

	it('marks true right when the answer is true', () => {
		expect(scoreTrueFalse(true, { ...key, answer: true }).correct).toBe(true);
	});
});
