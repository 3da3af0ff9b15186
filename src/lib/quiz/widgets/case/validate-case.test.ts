// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import type { CaseInput } from '../../types';
import { validateCase } from './validate-case';

// Decisions: crime (war, genocide, none), link (territory, nationality), who (commander, state, none).
describe('validateCase', () => {
	it.each<[CaseInput, ReturnType<typeof validateCase>]>([
		[{ crime: 'war', link: 'territory', who: 'commander' }, null],
		[{ crime: 'none', link: 'nationality', who: 'state' }, null],
		[{ crime: 'war', link: 'territory', who: null }, { kind: 'invalid', code: 'undecided', count: 1 }],
		// an option of another decision does not decide this one
		[{ crime: 'war', link: 'commander', who: 'commander' }, { kind: 'invalid', code: 'undecided', count: 1 }],
		[{ crime: 'war', link: 'territory', who: 'nobody' }, { kind: 'invalid', code: 'undecided', count: 1 }],
		[{ crime: null, link: null, who: 'none' }, { kind: 'invalid', code: 'undecided', count: 2 }],
		[{}, { kind: 'invalid', code: 'undecided', count: 3 }]
	])('%j → %j', (input, expected) => {
		expect(validateCase(input, samples.case.view)).toEqual(expected);
	});
});
