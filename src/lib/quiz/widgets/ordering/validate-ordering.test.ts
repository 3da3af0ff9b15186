// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import { validateOrdering } from './validate-ordering';

describe('validateOrdering', () => {
	it.each<[string[], ReturnType<typeof validateOrdering>]>([
		[['i1', 'i2', 'i3', 'i4', 'i5'], null],
		[['i5', 'i4', 'i3', 'i2', 'i1'], null],
		[['i5', 'i4', 'i3', 'i2', 'i1', 'zz'], null],
		[[], { kind: 'invalid', code: 'incomplete-order', count: 5 }],
		[['i1', 'i2', 'i3'], { kind: 'invalid', code: 'incomplete-order', count: 2 }],
		[['i1', 'i1', 'i2', 'i3', 'i4'], { kind: 'invalid', code: 'incomplete-order', count: 1 }]
	])('%j → %j', (input, expected) => {
		expect(validateOrdering(input, samples.ordering.view)).toEqual(expected);
	});
});
