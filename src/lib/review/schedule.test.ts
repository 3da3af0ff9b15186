import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { isDue } from './due';
import { ratingFor, schedule } from './schedule';

const now = new Date('2026-03-01T10:00:00Z');

describe('spaced repetition', () => {
	it.each([
		[{ score: 0, helped: false }, Rating.Again],
		[{ score: 0.4, helped: false }, Rating.Again],
		[{ score: 0.75, helped: false }, Rating.Hard],
		[{ score: 1, helped: true }, Rating.Hard],
		[{ score: 1, helped: false }, Rating.Good]
	])('rates %o as %i', (outcome, rating) => {
		expect(ratingFor(outcome)).toBe(rating);
	});

	it('gives no card to a question answered right without help', () => {
		expect(schedule(undefined, { score: 1, helped: false }, now)).toBeUndefined();
	});

	it('puts a missed question in the deck, due soon, and spaces it out once answered well', () => {
		const missed = schedule(undefined, { score: 0, helped: false }, now)!;
		expect(new Date(missed.due).getTime() - now.getTime()).toBeLessThan(24 * 3600 * 1000);
		expect(isDue(missed, new Date(now.getTime() + 24 * 3600 * 1000))).toBe(true);
		let card = missed;
		let when = new Date(card.due);
		for (let i = 0; i < 3; i++) {
			card = schedule(card, { score: 1, helped: false }, when)!;
			when = new Date(card.due);
		}
		expect(new Date(card.due).getTime() - new Date(missed.due).getTime()).toBeGreaterThan(24 * 3600 * 1000);
		expect(card.reps).toBe(4);
	});
});
