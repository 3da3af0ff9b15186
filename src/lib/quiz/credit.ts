// What a question earns: credit is read from the question's TRAIL (every answer the learner
// checked, the hints they opened, whether they asked to see the answer), never from the answer
// alone, so that a score means the learner knew. Before this rule, "Show the answer" filled the key
// in as the learner's answer and earned full marks.
//
// The rules (shown to the learner before they use a hint or a retry; see README "Credit"):
// - an answer shown before it was given right earns nothing;
// - right at the first check: full credit;
// - each further try costs a share of the question (tryPenaltyOf: a third, as Moodle's default
//   "penalty for each incorrect try"; more where guessing is cheap: a true/false retry earns
//   nothing, a retry among n options costs 1/(n − 1), so that trying every option earns nothing —
//   per part for cloze and case, whose right parts are kept on a retry);
// - each hint opened before a try costs HINT_PENALTY;
// - the question earns the best of its tries, each try's score less its penalties, never below 0.
// Pure TypeScript, like the rest of src/lib/quiz.
import { grade } from './grade';
import type { LearnerInput, Question } from './types';

/** Share of a question's mark lost for each try after the first (Moodle's default penalty). */
export const TRY_PENALTY = 1 / 3;
/** Share of a question's mark lost for each hint opened before a try. */
export const HINT_PENALTY = 0.25;

/** One checked answer, as it was given. */
export type TrailTry = {
	input: LearnerInput;
	/** hints opened when this answer was checked (a count, never decreasing along a trail) */
	hints: number;
};

/** Everything that decides a question's credit. Nothing in it is ever overwritten. */
export type Trail = {
	/** each answer the learner checked (practice) or submitted (test), in order */
	tries: TrailTry[];
	/** hints opened in all */
	hints: number;
	/** "show the answer" was used */
	revealed: boolean;
};

export type CreditStatus = 'right' | 'partial' | 'wrong' | 'revealed' | 'unanswered';

export type Credit = {
	/** what the question earns, in [0, 1] */
	credit: number;
	/** the score of the last try as an answer, before penalties, in [0, 1] (0 when none) */
	score: number;
	/** right: full credit; partial: some; wrong: none though answered; revealed: shown first */
	status: CreditStatus;
	/** tries that were graded (complete answers) */
	tries: number;
	hints: number;
	revealed: boolean;
};

export const emptyTrail = (): Trail => ({ tries: [], hints: 0, revealed: false });

/** The trail of a question answered once, with no help: test mode, or records made before trails. */
export function oneTry(input: LearnerInput, hints = 0): Trail {
	return { tries: [{ input, hints }], hints, revealed: false };
}

/**
 * The most options a learner can eliminate among, where each part of the question is one pick
 * among its own options and a check shows which parts are wrong: single choice (one part), cloze
 * (its blanks), case (its decisions). Undefined for the other types.
 */
function optionsToEliminate(question: Question): number | undefined {
	switch (question.type) {
		case 'single':
			return question.view.options.length;
		case 'cloze':
			return Math.max(...question.view.blanks.map((blank) => blank.options.length));
		case 'case':
			return Math.max(...question.view.decisions.map((decision) => decision.options.length));
		default:
			return undefined;
	}
}

/**
 * What each try after the first costs. Where an answer can be found by elimination, a retry must
 * not pay: the last possible option earns nothing, a true/false question has no second chance. A
 * question of several picks (cloze, case) keeps its right parts on a retry and is eliminated part
 * by part at once, so its most options decide, as for one pick.
 */
export function tryPenaltyOf(question: Question): number {
	if (question.type === 'truefalse') return 1;
	const options = optionsToEliminate(question);
	if (options !== undefined) return Math.max(TRY_PENALTY, 1 / Math.max(1, options - 1));
	return TRY_PENALTY;
}

/** The most try number `tryIndex` (0 for the first) can earn after `hints` hints: what the page announces. */
export function ceilingOf(question: Question, tryIndex: number, hints: number): number {
	// rounded to 1e-9 so that three thirds make exactly 1 (a ceiling of 1e-17 is 0)
	const left = 1 - tryPenaltyOf(question) * tryIndex - HINT_PENALTY * hints;
	return Math.max(0, Math.round(left * 1e9) / 1e9);
}

export function creditOf(question: Question, trail: Trail): Credit {
	let best = 0;
	let gradedTries = 0;
	let lastScore = 0;
	for (const attempt of trail.tries) {
		const result = grade(question, attempt.input);
		// An incomplete answer is not a try: the page says what is missing and grades nothing.
		if (result.kind !== 'graded') continue;
		const earned = Math.min(result.score, ceilingOf(question, gradedTries, Math.max(0, attempt.hints)));
		best = Math.max(best, earned);
		lastScore = result.score;
		gradedTries++;
	}
	const base = { score: lastScore, tries: gradedTries, hints: trail.hints, revealed: trail.revealed };
	// "Show the answer" is offered only while the question is not yet right, so a reveal always
	// comes before any right answer: whatever follows it is copying.
	if (trail.revealed) return { ...base, credit: 0, status: 'revealed' };
	if (gradedTries === 0) return { ...base, credit: 0, status: 'unanswered' };
	const status: CreditStatus = best === 1 ? 'right' : best > 0 ? 'partial' : 'wrong';
	return { ...base, credit: best, status };
}

/**
 * How a question went, for spaced repetition and mastery: a question shown, or right only after
 * retries or hints, counts as missed for scheduling (it must come back soon).
 */
export function reviewOutcome(credit: Credit): { score: number; helped: boolean } {
	if (credit.status === 'revealed') return { score: 0, helped: true };
	return { score: credit.credit, helped: credit.tries > 1 || credit.hints > 0 };
}

/**
 * One rounding rule for every percentage the site shows: a whole number, rounded DOWN, so that a
 * shown percentage never reaches a pass mark the learner did not reach (69.6 % is not 70 %).
 */
export function wholePercent(share: number): number {
	if (!Number.isFinite(share)) return 0;
	// 1e-9 absorbs binary sums (0.1 + 0.2): 7/10 must show 70, not 69.
	return Math.max(0, Math.min(100, Math.floor(share * 100 + 1e-9)));
}
