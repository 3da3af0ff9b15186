// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import { validateEvidence } from './validate-evidence';

const { view } = samples.evidence;

describe('validateEvidence', () => {
	it.each<[string[], ReturnType<typeof validateEvidence>]>([
		[['s1'], null],
		[['s2', 's4'], null],
		[['s1', 's2', 's3', 's4', 's5'], null],
		[['s3', 'zz'], null],
		[[], { kind: 'invalid', code: 'no-sentence' }],
		[['zz'], { kind: 'invalid', code: 'no-sentence' }]
	])('%j → %j', (input, expected) => {
		expect(validateEvidence(input, view)).toEqual(expected);
	});
});
