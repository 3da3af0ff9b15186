// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import { validateNumeric } from './validate-numeric';

describe('validateNumeric', () => {
	it.each<[string, ReturnType<typeof validateNumeric>]>([
		['125', null],
		['1 000', null],
		['-2,5', null],
		['', { kind: 'invalid', code: 'empty-text' }],
		['  ', { kind: 'invalid', code: 'empty-text' }],
		['abc', { kind: 'invalid', code: 'not-a-number' }],
		['125 États', { kind: 'invalid', code: 'not-a-number' }],
		['1,2,3', { kind: 'invalid', code: 'not-a-number' }]
	])('%j → %j', (input, expected) => {
		expect(validateNumeric(input, samples.numeric.view)).toEqual(expected);
	});
});
