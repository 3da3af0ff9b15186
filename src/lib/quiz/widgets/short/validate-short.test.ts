// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import { validateShort } from './validate-short';

describe('validateShort', () => {
	it.each<[string, ReturnType<typeof validateShort>]>([
		['Statut de Rome', null],
		['x', null],
		['?', null],
		['', { kind: 'invalid', code: 'empty-text' }],
		['   ', { kind: 'invalid', code: 'empty-text' }],
		['\n\t', { kind: 'invalid', code: 'empty-text' }]
	])('%j → %j', (input, expected) => {
		expect(validateShort(input, samples.short.view)).toEqual(expected);
	});
});
