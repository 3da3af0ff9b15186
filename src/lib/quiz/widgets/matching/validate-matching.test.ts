// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import type { MatchingInput } from '../../types';
import { validateMatching } from './validate-matching';

describe('validateMatching', () => {
	it.each<[MatchingInput, ReturnType<typeof validateMatching>]>([
		[{ x: 't2', y: 't1', z: 't4', w: 't3' }, null],
		[{ x: 't5', y: 't5', z: 't5', w: 't5' }, null],
		[{ x: 't2', y: null, z: 't4', w: 't3' }, { kind: 'invalid', code: 'unmatched', count: 1 }],
		[{ x: 't2', y: 'zz', z: 't4', w: 't3' }, { kind: 'invalid', code: 'unmatched', count: 1 }],
		[{ x: 't2', z: 't4' }, { kind: 'invalid', code: 'unmatched', count: 2 }],
		[{}, { kind: 'invalid', code: 'unmatched', count: 4 }]
	])('%j → %j', (input, expected) => {
		expect(validateMatching(input, samples.matching.view)).toEqual(expected);
	});
});
