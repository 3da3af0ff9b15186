// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import { validateMultiple } from './validate-multiple';

const { view } = samples.multiple;

describe('validateMultiple', () => {
	it.each<[string[], ReturnType<typeof validateMultiple>]>([
		[['a'], null],
		[['b', 'e'], null],
		[['a', 'zz'], null],
		[[], { kind: 'invalid', code: 'no-choice' }],
		[['zz'], { kind: 'invalid', code: 'no-choice' }]
	])('%j → %j', (input, expected) => {
		expect(validateMultiple(input, view)).toEqual(expected);
	});
});
