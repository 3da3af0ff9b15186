// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { both, samples } from '../../test-support/sample-questions';
import type { SingleInput } from '../../types';
import { scoreSingle } from './score-single';

// The sample's answer is "b"; "a", "c" and "d" have feedback, "b" has none.
const { key } = samples.single;

describe('scoreSingle', () => {
	it.each<[string, SingleInput, number, Record<string, boolean>, string[]]>([
		['the answer', 'b', 1, { b: true }, []],
		['a wrong option, with its feedback', 'a', 0, { a: false, b: false }, ['a']],
		['another wrong option', 'd', 0, { d: false, b: false }, ['d']],
		['nothing chosen', null, 0, { b: false }, []],
		['an id that is not an option', 'zz', 0, { zz: false, b: false }, []]
	])('%s', (_, input, score, parts, feedback) => {
		expect(scoreSingle(input, key)).toEqual({ kind: 'graded', score, correct: score === 1, parts, feedback });
	});

	it('returns the feedback of the right option when the key has one', () => {
		const withFeedback = { ...key, feedback: { ...key.feedback, b: both('yes') } };
		expect(scoreSingle('b', withFeedback).feedback).toEqual(['b']);
	});
});
