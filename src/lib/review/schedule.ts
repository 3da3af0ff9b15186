// Spaced repetition of missed or hard questions with FSRS (ts-fsrs). A question gets a card the
// first time it is missed or answered with help; from then on every answer reschedules it.
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard } from './due';

export type { StoredCard };

/** How a question went: its score, and whether the learner needed hints, a retry or the answer. */
export interface Outcome {
	score: number;
	helped: boolean;
}

const scheduler = fsrs({ enable_fuzz: false });

export function ratingFor(outcome: Outcome): Grade {
	if (outcome.score < 0.5) return Rating.Again;
	if (outcome.score < 1 || outcome.helped) return Rating.Hard;
	return Rating.Good;
}

/** Missed or hard: the question enters the review deck. */
export function needsReview(outcome: Outcome): boolean {
	return outcome.score < 1 || outcome.helped;
}

function toStored(card: Card): StoredCard {
	return {
		...card,
		state: card.state,
		due: card.due.toISOString(),
		last_review: card.last_review ? card.last_review.toISOString() : null
	};
}

function fromStored(card: StoredCard): Card {
	return { ...card, due: new Date(card.due), last_review: card.last_review ? new Date(card.last_review) : undefined };
}

/**
 * The card after this answer; undefined when the question does not need reviewing at all.
 * The answer is dated no earlier than the card's last review: a device clock that stepped back
 * (a phone correcting its time) must not make ts-fsrs refuse the answer. A card it refuses all the
 * same (the schema keeps such cards out; this is the last guard) is started afresh: the answer
 * counts, the card's history is lost, never the answer.
 */
export function schedule(card: StoredCard | undefined, outcome: Outcome, now: Date): StoredCard | undefined {
	if (!card && !needsReview(outcome)) return undefined;
	const last = card?.last_review ? new Date(card.last_review) : undefined;
	const at = last && last.getTime() > now.getTime() ? last : now;
	try {
		return toStored(scheduler.next(card ? fromStored(card) : createEmptyCard(at), at, ratingFor(outcome)).card);
	} catch {
		return toStored(scheduler.next(createEmptyCard(now), now, ratingFor(outcome)).card);
	}
}
