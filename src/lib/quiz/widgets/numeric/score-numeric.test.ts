// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { NumericBounds, NumericKey } from '../../types';
import { samples } from '../../test-support/sample-questions';
import { scoreNumeric } from './score-numeric';

function keyWith(answer: number, bounds: NumericBounds): NumericKey {
	return { ...samples.numeric.key, answer, bounds };
}

const exact = keyWith(125, { kind: 'tolerance', tolerance: 0 });
const plusMinus = keyWith(0.3, { kind: 'tolerance', tolerance: 0.1 });
// In IEEE 754, 0.7 + 0.1 = 0.7999999999999999 and 1.1 − 0.2 = 0.9000000000000001: without slack,
// the edges 0.8 and 0.9 would be refused.
const upperEdge = keyWith(0.7, { kind: 'tolerance', tolerance: 0.1 });
const lowerEdge = keyWith(1.1, { kind: 'tolerance', tolerance: 0.2 });
const range = keyWith(125, { kind: 'range', min: 100, max: 130 });

describe('scoreNumeric', () => {
	it.each<[string, NumericKey, string, number, string[]]>([
		['exact', exact, '125', 1, []],
		['exact, written with a decimal comma', exact, '125,0', 1, []],
		['exact, one below', exact, '124', 0, ['too-low']],
		['exact, one above', exact, '126', 0, ['too-high']],
		['exact, not a number', exact, 'cent vingt-cinq', 0, []],
		['exact, empty', exact, '', 0, []],
		['± 0.1, at the upper edge', plusMinus, '0,4', 1, []],
		['0.7 ± 0.1, at the upper edge 0.8', upperEdge, '0,8', 1, []],
		['1.1 ± 0.2, at the lower edge 0.9', lowerEdge, '0,9', 1, []],
		['± 0.1, at the lower edge', plusMinus, '0.2', 1, []],
		['± 0.1, inside', plusMinus, '0.35', 1, []],
		['± 0.1, just above', plusMinus, '0.41', 0, ['too-high']],
		['± 0.1, just below', plusMinus, '0.19', 0, ['too-low']],
		['range, lower bound included', range, '100', 1, []],
		['range, upper bound included', range, '130', 1, []],
		['range, inside but not the answer', range, '110', 1, []],
		['range, below', range, '99,99', 0, ['too-low']],
		['range, above', range, '1 000', 0, ['too-high']]
	])('%s: %j → %d', (_, key, input, score, feedback) => {
		expect(scoreNumeric(input, key)).toEqual({
			kind: 'graded',
			score,
			correct: score === 1,
			parts: { answer: score === 1 },
			feedback
		});
	});
});
