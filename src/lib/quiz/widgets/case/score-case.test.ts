// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import type { CaseInput } from '../../types';
import { scoreCase } from './score-case';

// Answer: crime → war, link → territory, who → commander.
const { key } = samples.case;

describe('scoreCase', () => {
	it.each<[string, CaseInput, number, Record<string, boolean>, string[]]>([
		[
			'every decision right',
			{ crime: 'war', link: 'territory', who: 'commander' },
			1,
			{ crime: true, link: true, who: true },
			['crime/war', 'link/territory', 'who/commander']
		],
		[
			'one decision wrong',
			{ crime: 'genocide', link: 'territory', who: 'commander' },
			2 / 3,
			{ crime: false, link: true, who: true },
			['crime/genocide', 'link/territory', 'who/commander']
		],
		[
			'two wrong, one right',
			{ crime: 'none', link: 'nationality', who: 'commander' },
			1 / 3,
			{ crime: false, link: false, who: true },
			['crime/none', 'link/nationality', 'who/commander']
		],
		[
			'one undecided scores as not right, and has no feedback',
			{ crime: 'war', link: null, who: 'state' },
			1 / 3,
			{ crime: true, link: false, who: false },
			['crime/war', 'who/state']
		],
		// an option id of another decision is not that decision's, and has no feedback there
		['an option of another decision', { crime: 'territory', link: 'war', who: 'none' }, 0, { crime: false, link: false, who: false }, ['who/none']],
		['an empty record', {}, 0, { crime: false, link: false, who: false }, []]
	])('%s', (_, input, score, parts, feedback) => {
		expect(scoreCase(input, key)).toEqual({ kind: 'graded', score, correct: score === 1, parts, feedback });
	});
});
