// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import type { ClozeInput } from '../../types';
import { scoreCloze } from './score-cloze';

// Answer: b1 → cpi, b2 → lahaye.
const { key } = samples.cloze;

describe('scoreCloze', () => {
	it.each<[string, ClozeInput, number, Record<string, boolean>]>([
		['both blanks right', { b1: 'cpi', b2: 'lahaye' }, 1, { b1: true, b2: true }],
		['one right, one wrong', { b1: 'cij', b2: 'lahaye' }, 0.5, { b1: false, b2: true }],
		['one right, one empty', { b1: 'cpi', b2: null }, 0.5, { b1: true, b2: false }],
		['both wrong', { b1: 'onu', b2: 'geneve' }, 0, { b1: false, b2: false }],
		['nothing filled', { b1: null, b2: null }, 0, { b1: false, b2: false }],
		['an empty record', {}, 0, { b1: false, b2: false }]
	])('%s', (_, input, score, parts) => {
		expect(scoreCloze(input, key)).toEqual({ kind: 'graded', score, correct: score === 1, parts, feedback: [] });
	});
});
