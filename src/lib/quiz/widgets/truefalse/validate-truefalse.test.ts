// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import type { TrueFalseInput } from '../../types';
import { validateTrueFalse } from './validate-truefalse';

describe('validateTrueFalse', () => {
	it.each<[TrueFalseInput, ReturnType<typeof validateTrueFalse>]>([
		[true, null],
		[false, null],
		[null, { kind: 'invalid', code: 'no-choice' }]
	])('%j → %j', (input, expected) => {
		expect(validateTrueFalse(input, samples.truefalse.view)).toEqual(expected);
	});
});
