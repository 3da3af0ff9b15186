// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import { scoreEvidence } from './score-evidence';

// The sample passage has five sentences s1–s5; the key sentences are s2 and s4 (n = 2); every
// sentence has feedback.
const { key } = samples.evidence;

describe('scoreEvidence', () => {
	it.each<[string, string[], number, Record<string, boolean>, string[]]>([
		['the stored quotations exactly', ['s2', 's4'], 1, { s2: true, s4: true }, ['s2', 's4']],
		['the stored quotations in the other order', ['s4', 's2'], 1, { s4: true, s2: true }, ['s4', 's2']],
		['one of the two: no feedback on the one missed (it would give it away)', ['s4'], 1 / 2, { s4: true, s2: false }, ['s4']],
		['both, and one sentence more', ['s2', 's4', 's5'], 1 / 2, { s2: true, s4: true, s5: false }, ['s2', 's4', 's5']],
		['one right, one wrong cancel out', ['s2', 's1'], 0, { s2: true, s1: false, s4: false }, ['s2', 's1']],
		['the whole passage', ['s1', 's2', 's3', 's4', 's5'], 0, { s1: false, s2: true, s3: false, s4: true, s5: false }, ['s1', 's2', 's3', 's4', 's5']],
		['only wrong sentences: clamped at 0', ['s1', 's3'], 0, { s1: false, s3: false, s2: false, s4: false }, ['s1', 's3']],
		['nothing selected', [], 0, { s2: false, s4: false }, []],
		['a repeated id counts once', ['s2', 's2', 's4'], 1, { s2: true, s4: true }, ['s2', 's4']],
		['an unknown id costs as a wrong one', ['s2', 's4', 'zz'], 1 / 2, { s2: true, s4: true, zz: false }, ['s2', 's4']]
	])('%s', (_, input, score, parts, feedback) => {
		const result = scoreEvidence(input, key);
		expect(result.score).toBeCloseTo(score, 12);
		expect(result.correct).toBe(score === 1);
		expect(result.parts).toEqual(parts);
		expect(result.feedback).toEqual(feedback);
	});

	it('selecting every sentence earns less than the key, even when the key is all but one', () => {
		const wide = { ...key, answer: ['s1', 's2', 's3', 's4'] };
		expect(scoreEvidence(['s1', 's2', 's3', 's4', 's5'], wide).score).toBeCloseTo(3 / 4, 12);
		expect(scoreEvidence(['s1', 's2', 's3', 's4'], wide).score).toBe(1);
	});
});
