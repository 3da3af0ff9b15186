// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import type { MatchingInput } from '../../types';
import { scoreMatching } from './score-matching';

// Answer: x→t2, y→t1, z→t4, w→t3; t5 is a distractor.
const { key } = samples.matching;

describe('scoreMatching', () => {
	it.each<[string, MatchingInput, number, Record<string, boolean>]>([
		['all pairs right', { x: 't2', y: 't1', z: 't4', w: 't3' }, 1, { x: true, y: true, z: true, w: true }],
		['one pair wrong', { x: 't5', y: 't1', z: 't4', w: 't3' }, 3 / 4, { x: false, y: true, z: true, w: true }],
		['two targets swapped', { x: 't1', y: 't2', z: 't4', w: 't3' }, 2 / 4, { x: false, y: false, z: true, w: true }],
		['one left unmatched', { x: 't2', y: null, z: 't4', w: 't3' }, 3 / 4, { x: true, y: false, z: true, w: true }],
		['nothing matched', { x: null, y: null, z: null, w: null }, 0, { x: false, y: false, z: false, w: false }],
		['an empty record', {}, 0, { x: false, y: false, z: false, w: false }],
		['an item the question does not have is ignored', { x: 't2', y: 't1', z: 't4', w: 't3', q: 't5' }, 1, { x: true, y: true, z: true, w: true }]
	])('%s', (_, input, score, parts) => {
		expect(scoreMatching(input, key)).toEqual({ kind: 'graded', score, correct: score === 1, parts, feedback: [] });
	});
});
