// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import type { ClozeInput } from '../../types';
import { validateCloze } from './validate-cloze';

describe('validateCloze', () => {
	it.each<[ClozeInput, ReturnType<typeof validateCloze>]>([
		[{ b1: 'cpi', b2: 'lahaye' }, null],
		[{ b1: 'onu', b2: 'geneve' }, null],
		[{ b1: 'cpi', b2: null }, { kind: 'invalid', code: 'blank-empty', count: 1 }],
		// an option of the other blank does not fill this one
		[{ b1: 'lahaye', b2: 'lahaye' }, { kind: 'invalid', code: 'blank-empty', count: 1 }],
		[{ b1: null, b2: null }, { kind: 'invalid', code: 'blank-empty', count: 2 }],
		[{}, { kind: 'invalid', code: 'blank-empty', count: 2 }]
	])('%j → %j', (input, expected) => {
		expect(validateCloze(input, samples.cloze.view)).toEqual(expected);
	});
});
