// @vitest-environment node
// The credit rules: a revealed answer is worth nothing, more tries or hints never earn more, the
// key at the first check earns full credit. Table tests, then properties on generated questions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseTrails } from './attempt';
import { creditOf, emptyTrail, HINT_PENALTY, oneTry, reviewOutcome, TRY_PENALTY, wholePercent, type Trail } from './credit';
import { keyInput } from './grade';
import { completeInputArb, inputArb, questionArb } from './test-support/arbitraries';
import { sampleQuiz, samples } from './test-support/sample-questions';
import type { LearnerInput } from './types';

const tries = (...inputs: LearnerInput[]): Trail => ({
	tries: inputs.map((input) => ({ input, hints: 0 })),
	hints: 0,
	revealed: false
});

describe('creditOf', () => {
	const single = samples.single; // answer 'b'

	it('gives full credit to the key at the first check', () => {
		expect(creditOf(single, tries('b'))).toMatchObject({ credit: 1, status: 'right', tries: 1 });
	});

	it('gives nothing to a wrong answer followed by "show the answer", and keeps the wrong answer', () => {
		const trail: Trail = { ...tries('a'), revealed: true };
		expect(creditOf(single, trail)).toMatchObject({ credit: 0, status: 'revealed', score: 0 });
		expect(trail.tries[0].input).toBe('a');
	});

	it('gives nothing to an answer shown before any try', () => {
		expect(creditOf(single, { ...emptyTrail(), revealed: true })).toMatchObject({ credit: 0, status: 'revealed' });
	});

	it('takes a share off for each further try, so that trying every option earns nothing', () => {
		// four options: each retry costs a third
		expect(creditOf(single, tries('a', 'b')).credit).toBeCloseTo(2 / 3);
		expect(creditOf(single, tries('a', 'c', 'b')).credit).toBeCloseTo(1 / 3);
		expect(creditOf(single, tries('a', 'c', 'd', 'b')).credit).toBe(0);
		// true/false: no second chance
		expect(creditOf(samples.truefalse, tries(true, false)).credit).toBe(0);
		// one pick per part (cloze, case): the part with the most options decides, as for one pick
		expect(creditOf(samples.case, tries({ crime: 'war', link: 'nationality', who: 'state' }, samples.case.key.answer)).credit).toBeCloseTo(1 / 2);
		const twoOptions = {
			...samples.case,
			view: { ...samples.case.view, decisions: samples.case.view.decisions.filter((decision) => decision.id === 'link') },
			key: { ...samples.case.key, answer: { link: 'territory' } }
		};
		// two options a decision: the retry is certain, so it earns nothing
		expect(creditOf(twoOptions, tries({ link: 'nationality' }, { link: 'territory' })).credit).toBe(0);
		expect(creditOf(samples.cloze, tries({ b1: 'cij', b2: 'lahaye' }, { b1: 'cpi', b2: 'lahaye' })).credit).toBeCloseTo(1 / 2);
		// other types: Moodle's third
		const multiple = samples.multiple;
		expect(creditOf(multiple, tries(['b'], ['a', 'c', 'd'])).credit).toBeCloseTo(1 - TRY_PENALTY);
	});

	it('takes HINT_PENALTY off for each hint opened before the try', () => {
		const trail: Trail = { tries: [{ input: 'b', hints: 1 }], hints: 1, revealed: false };
		expect(creditOf(single, trail)).toMatchObject({ credit: 1 - HINT_PENALTY, status: 'partial' });
	});

	it('keeps the best try: a later worse answer does not undo an earlier partial one', () => {
		const multiple = samples.multiple; // answer a, c, d
		const credit = creditOf(multiple, tries(['a', 'c'], ['b']));
		expect(credit.credit).toBeCloseTo(2 / 3);
		expect(credit.score).toBe(0); // the last answer, as it was given
	});

	it('does not count an incomplete answer as a try', () => {
		expect(creditOf(single, tries(null, 'b'))).toMatchObject({ credit: 1, tries: 1 });
		expect(creditOf(single, tries(null))).toMatchObject({ credit: 0, status: 'unanswered' });
	});
});

describe('summariseTrails', () => {
	it('counts a revealed question as missed and earning nothing', () => {
		const trails: Record<string, Trail> = {};
		for (const question of sampleQuiz.questions) {
			trails[question.view.id] = { ...tries('wrong'), revealed: true };
		}
		const summary = summariseTrails(sampleQuiz, trails);
		expect(summary.earned).toBe(0);
		expect(summary.passed).toBe(false);
		expect(summary.missed).toHaveLength(sampleQuiz.questions.length);
		for (const mastery of Object.values(summary.objectives)) expect(mastery.mastery).toBe(0);
	});
});

describe('credit properties', () => {
	const withTrail = questionArb.chain((question) =>
		fc.tuple(
			fc.constant(question),
			fc.array(fc.record({ input: inputArb(question), hints: fc.nat(3) }), { maxLength: 5 }),
			fc.boolean()
		)
	);
	const trailOf = (list: { input: LearnerInput; hints: number }[], revealed: boolean): Trail => ({
		tries: list,
		hints: Math.max(0, ...list.map((t) => t.hints)),
		revealed
	});

	it('a credit is always within [0, 1], and a revealed answer is worth 0', () => {
		fc.assert(
			fc.property(withTrail, ([question, list, revealed]) => {
				const credit = creditOf(question, trailOf(list, revealed)).credit;
				expect(credit).toBeGreaterThanOrEqual(0);
				expect(credit).toBeLessThanOrEqual(1);
				if (revealed) expect(credit).toBe(0);
			}),
			{ numRuns: 1000 }
		);
	});

	it('the key at the first check, without hints, earns full credit in both languages', () => {
		fc.assert(
			fc.property(questionArb, fc.constantFrom('fr' as const, 'en' as const), (question, locale) => {
				expect(creditOf(question, oneTry(keyInput(question, locale))).credit).toBe(1);
			}),
			{ numRuns: 500 }
		);
	});

	it('an answer never earns more for coming after more tries, and a later try never takes credit away', () => {
		const arb = questionArb.chain((question) =>
			fc.tuple(
				fc.constant(question),
				fc.array(fc.record({ input: inputArb(question), hints: fc.constant(0) }), { maxLength: 4 }),
				completeInputArb(question)
			)
		);
		fc.assert(
			fc.property(arb, ([question, list, answer]) => {
				const earlier = creditOf(question, trailOf(list, false)).credit;
				const first = creditOf(question, oneTry(answer)).credit;
				const later = creditOf(question, trailOf([...list, { input: answer, hints: 0 }], false)).credit;
				expect(later).toBeLessThanOrEqual(Math.max(earlier, first) + 1e-12);
				expect(later).toBeGreaterThanOrEqual(earlier - 1e-12);
			}),
			{ numRuns: 1000 }
		);
	});

	it('a hint more never earns more', () => {
		fc.assert(
			fc.property(withTrail, fc.nat(4), ([question, list, revealed], at) => {
				if (list.length === 0) return;
				const index = at % list.length;
				// a hint opened before try `index` is also open for every later try
				const more = list.map((t, i) => (i >= index ? { ...t, hints: t.hints + 1 } : t));
				expect(creditOf(question, trailOf(more, revealed)).credit).toBeLessThanOrEqual(
					creditOf(question, trailOf(list, revealed)).credit + 1e-12
				);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('reviewOutcome', () => {
	it('schedules a revealed question, or one right only after a retry or a hint, as missed or helped', () => {
		expect(reviewOutcome(creditOf(samples.single, { ...tries('a'), revealed: true }))).toEqual({ score: 0, helped: true });
		expect(reviewOutcome(creditOf(samples.single, tries('a', 'b')))).toMatchObject({ helped: true });
		expect(reviewOutcome(creditOf(samples.single, tries('b')))).toEqual({ score: 1, helped: false });
	});
});

describe('wholePercent', () => {
	it.each([
		[0.696, 69],
		[0.7, 70],
		[0.1 + 0.2, 30],
		[22.25 / 25, 89],
		[1, 100],
		[0, 0],
		[Number.NaN, 0]
	])('%d → %d %', (share, shown) => {
		expect(wholePercent(share)).toBe(shown);
	});
});
