// What pages need to know about the review deck without loading the scheduler (ts-fsrs is
// loaded only when an answer is recorded).

/** A card as kept on the device: ts-fsrs's Card with its dates as ISO strings. */
export interface StoredCard {
	due: string;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	/** New, Learning, Review, Relearning (ts-fsrs's State) */
	state: 0 | 1 | 2 | 3;
	last_review: string | null;
}

export function isDue(card: StoredCard | undefined, now: Date): boolean {
	return card !== undefined && new Date(card.due).getTime() <= now.getTime();
}
