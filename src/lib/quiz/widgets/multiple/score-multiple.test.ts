// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import { scoreMultiple } from './score-multiple';

// The sample's answer is a, c, d (n = 3); b and e are wrong; a, b and e have feedback.
const { key } = samples.multiple;

describe('scoreMultiple', () => {
	it.each<[string, string[], number, Record<string, boolean>, string[]]>([
		['exactly the right set', ['a', 'c', 'd'], 1, { a: true, c: true, d: true }, ['a']],
		['the right set in another order', ['d', 'a', 'c'], 1, { a: true, c: true, d: true }, ['a']],
		['one right of three', ['c'], 1 / 3, { c: true, a: false, d: false }, []],
		['two right of three', ['a', 'c'], 2 / 3, { a: true, c: true, d: false }, ['a']],
		['all right plus one wrong', ['a', 'c', 'd', 'b'], 2 / 3, { a: true, b: false, c: true, d: true }, ['a', 'b']],
		['one right, one wrong cancel out', ['a', 'b'], 0, { a: true, b: false, c: false, d: false }, ['a', 'b']],
		['everything ticked', ['a', 'b', 'c', 'd', 'e'], 1 / 3, { a: true, b: false, c: true, d: true, e: false }, ['a', 'b', 'e']],
		['only wrong options: clamped at 0', ['b', 'e'], 0, { b: false, e: false, a: false, c: false, d: false }, ['b', 'e']],
		['nothing chosen', [], 0, { a: false, c: false, d: false }, []],
		['a repeated id counts once', ['a', 'a', 'c', 'd'], 1, { a: true, c: true, d: true }, ['a']]
	])('%s', (_, input, score, parts, feedback) => {
		const result = scoreMultiple(input, key);
		expect(result.score).toBeCloseTo(score, 12);
		expect(result.correct).toBe(score === 1);
		expect(result.parts).toEqual(parts);
		expect(result.feedback).toEqual(feedback);
	});
});
