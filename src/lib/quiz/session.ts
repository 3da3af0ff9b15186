// A quiz session: what the learner has done so far (answers, checked tries, hints, answers shown,
// where they are) and the moves they can make. Pure functions from one state to the next, so that
// the rules are the same wherever a quiz is taken — a module's quiz, the review deck, an
// assignment — and can be tested without a page. The page keeps the state, saves it, and draws it.
import { creditOf, emptyTrail, type Credit, type Trail, type TrailTry } from './credit';
import { emptyInput, grade, isComplete } from './grade';
import { keepRightParts } from './keep-right-parts';
import type { GradeResult, Graded, LearnerInput, Question, Quiz } from './types';

export type SessionMode = 'practice' | 'test';

export type SessionState = {
	/** practice: feedback after each question; test: one answer per question, graded at the end */
	mode: SessionMode;
	/** the learner's current answer per question id: never replaced by the key */
	answers: Record<string, LearnerInput>;
	/** every answer checked (practice) or submitted (test), per question id, in order */
	tries: Record<string, TrailTry[]>;
	/** practice: the answer on screen was checked and its feedback is shown */
	checked: Record<string, boolean>;
	/** "show the answer" was used: the question earns nothing */
	revealed: Record<string, boolean>;
	/** hints opened */
	hints: Record<string, number>;
	/** flagged by the learner to come back to (no effect on credit) */
	flagged: Record<string, boolean>;
	/**
	 * per question id, how many of its tries count: set when the results showed the expected answer
	 * before "retry the ones I missed", so that copying it from the results earns nothing (the tries
	 * after it are kept, for practice, but credit nothing)
	 */
	closedAt?: Record<string, number>;
	/** position in `retry` when retrying, else in the attempt's question order */
	current: number;
	/** the missed questions being retried, in the attempt's order; null otherwise */
	retry: string[] | null;
	finished: boolean;
};

/** What the person who set the quiz allows. */
export type SessionRules = {
	/** practice: may a wrong answer be tried again (each further try costs credit)? default true */
	retries?: boolean;
	/** practice: may the learner ask to see the answer (it then earns nothing)? default true */
	reveal?: boolean;
};

export function newSession(mode: SessionMode): SessionState {
	return { mode, answers: {}, tries: {}, checked: {}, revealed: {}, hints: {}, flagged: {}, current: 0, retry: null, finished: false };
}

/** The trail of one question: what decides its credit. */
export function trailOf(state: SessionState, id: string): Trail {
	const tries = (state.tries[id] ?? []).slice(0, state.closedAt?.[id] ?? Number.POSITIVE_INFINITY);
	if (tries.length === 0 && !state.revealed[id]) return { ...emptyTrail(), hints: state.hints[id] ?? 0 };
	return { tries, hints: state.hints[id] ?? 0, revealed: Boolean(state.revealed[id]) };
}

export function trailsOf(state: SessionState): Record<string, Trail> {
	const ids = new Set([...Object.keys(state.tries), ...Object.keys(state.revealed), ...Object.keys(state.hints)]);
	return Object.fromEntries([...ids].map((id) => [id, trailOf(state, id)]));
}

export function creditOfQuestion(state: SessionState, question: Question): Credit {
	return creditOf(question, trailOf(state, question.view.id));
}

/**
 * Checks the answer on screen (practice). An incomplete answer is returned as invalid and changes
 * nothing; a complete one becomes a try of the trail, with the hints open at that moment.
 */
export function check(state: SessionState, question: Question, input: LearnerInput): { state: SessionState; result: GradeResult } {
	const id = question.view.id;
	const result = grade(question, input);
	if (result.kind === 'invalid') return { state, result };
	const tries = [...(state.tries[id] ?? []), { input, hints: state.hints[id] ?? 0 }];
	return {
		state: {
			...state,
			answers: { ...state.answers, [id]: input },
			tries: { ...state.tries, [id]: tries },
			checked: { ...state.checked, [id]: true }
		},
		result
	};
}

/** Practice, after a checked answer that was not right: what the learner may do next. */
export function nextMoves(state: SessionState, question: Question, rules: SessionRules = {}): { tryAgain: boolean; reveal: boolean } {
	const id = question.view.id;
	const tries = state.tries[id] ?? [];
	const last = tries.at(-1);
	const lastResult = last ? grade(question, last.input) : undefined;
	const open = state.mode === 'practice' && Boolean(state.checked[id]) && !state.revealed[id];
	const notRight = lastResult?.kind === 'graded' && !lastResult.correct;
	return {
		tryAgain: open && notRight && rules.retries !== false,
		reveal: open && notRight && rules.reveal !== false
	};
}

/** "Try again": keeps the parts already right and opens the question for another try. */
export function tryAgain(state: SessionState, question: Question, result: Graded): SessionState {
	const id = question.view.id;
	const input = state.answers[id] ?? emptyInput(question.view);
	return {
		...state,
		answers: { ...state.answers, [id]: keepRightParts(question, input, result) },
		checked: { ...state.checked, [id]: false }
	};
}

/** "Show the answer": the key is shown beside the learner's own answer, which stays as it was. */
export function reveal(state: SessionState, id: string): SessionState {
	return { ...state, revealed: { ...state.revealed, [id]: true }, checked: { ...state.checked, [id]: true } };
}

export function openHint(state: SessionState, question: Question): SessionState {
	const id = question.view.id;
	const count = Math.min((state.hints[id] ?? 0) + 1, question.view.hints.length);
	return { ...state, hints: { ...state.hints, [id]: count } };
}

/** The question ids without a complete answer, in the given order: what to confirm before submitting. */
export function unanswered(state: SessionState, quiz: Quiz, order: string[]): string[] {
	const byId = new Map(quiz.questions.map((q) => [q.view.id, q]));
	return order.filter((id) => {
		const question = byId.get(id);
		return question !== undefined && !isComplete(question, state.answers[id]);
	});
}

/**
 * Submits the quiz. Test mode: each complete answer becomes the question's one try (changeable
 * until now). Practice: a complete answer that was never checked is graded as a try too.
 * `ids` are the questions of this round (all of them, or the ones being retried).
 */
export function finish(state: SessionState, quiz: Quiz, ids: string[]): SessionState {
	const byId = new Map(quiz.questions.map((q) => [q.view.id, q]));
	const tries = { ...state.tries };
	for (const id of ids) {
		const question = byId.get(id);
		const input = state.answers[id];
		if (!question || input === undefined || state.revealed[id]) continue;
		if (state.mode === 'practice' && state.checked[id]) continue;
		if (grade(question, input).kind !== 'graded') continue;
		tries[id] = [...(tries[id] ?? []), { input, hints: state.hints[id] ?? 0 }];
	}
	return { ...state, tries, finished: true, retry: null, current: 0 };
}

/**
 * "Retry the ones I missed": the missed questions open again, blank, in the attempt's order. The
 * trail stays: a further try still costs, and a question whose answer was shown still earns nothing.
 * `keysShown`: the results showed the expected answers, so the retry is practice only — each
 * question keeps the credit it had and earns no more. `blank(id)` is the input to start from (an
 * ordering question starts from its shuffled order).
 */
export function retryMissed(
	state: SessionState,
	missed: string[],
	blank: (id: string) => LearnerInput,
	keysShown: boolean
): SessionState {
	const answers = { ...state.answers };
	const checked = { ...state.checked };
	const closedAt = { ...state.closedAt };
	for (const id of missed) {
		answers[id] = blank(id);
		checked[id] = false;
		if (keysShown) closedAt[id] = Math.min(closedAt[id] ?? Number.POSITIVE_INFINITY, state.tries[id]?.length ?? 0);
	}
	return { ...state, answers, checked, closedAt, retry: missed, current: 0, finished: false };
}

/**
 * A saved session fitted to the quiz as it is now (the content was updated since it was saved): a
 * position past the end comes back to the last question, a retry list loses the questions that are
 * gone (none left: back to the results). Every answer is kept; those of removed questions are
 * simply not shown nor graded.
 */
export function fitToQuiz<S extends SessionState>(state: S, questionIds: readonly string[]): S {
	const known = new Set(questionIds);
	let { retry, current, finished } = state;
	if (retry) {
		retry = retry.filter((id) => known.has(id));
		if (retry.length === 0) [retry, finished, current] = [null, true, 0];
	}
	const length = retry ? retry.length : questionIds.length;
	current = Math.max(0, Math.min(current, length - 1));
	return retry === state.retry && current === state.current && finished === state.finished ? state : { ...state, retry, current, finished };
}

/**
 * Answers given before the page had read the device, put into the attempt found there (a quiz page
 * draws question 1 at once, issue 27: a learner may answer it before the saved attempt is read):
 * each into a question still open — not checked, not shown, the attempt not finished — so that
 * nothing the learner did before is lost, and nothing saved is written over. Returns the state and
 * the ids taken.
 */
export function takeEarlyAnswers<S extends SessionState>(saved: S, early: Record<string, LearnerInput>): { state: S; taken: string[] } {
	if (saved.finished) return { state: saved, taken: [] };
	const taken = Object.keys(early).filter((id) => !saved.checked[id] && !saved.revealed[id]);
	if (!taken.length) return { state: saved, taken };
	const answers = { ...saved.answers };
	for (const id of taken) answers[id] = early[id];
	return { state: { ...saved, answers }, taken };
}
