// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import type { SingleInput } from '../../types';
import { validateSingle } from './validate-single';

const { view } = samples.single;

describe('validateSingle', () => {
	it.each<[SingleInput, ReturnType<typeof validateSingle>]>([
		['a', null],
		['b', null],
		[null, { kind: 'invalid', code: 'no-choice' }],
		['zz', { kind: 'invalid', code: 'no-choice' }]
	])('%j → %j', (input, expected) => {
		expect(validateSingle(input, view)).toEqual(expected);
	});
});
