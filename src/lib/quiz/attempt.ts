// Pure helpers for one attempt at a quiz: the display order (fixed by a seed, so that a reload
// shows the same order) and the totals.
import { creditOf, emptyTrail, oneTry, type Credit, type Trail } from './credit';
import { deriveSeed, hashString, shuffle } from './shuffle';
import type { LearnerInput, Question, Quiz } from './types';

export type Attempt = {
	seed: number;
	/** question ids in the order shown */
	questionOrder: string[];
	/**
	 * per question id, the order in which to show what the learner picks or arranges: options
	 * (single, multiple), items (ordering: also the starting order), targets (matching). Absent for
	 * truefalse, short, numeric, cloze and case.
	 */
	optionOrders: Record<string, string[]>;
	/**
	 * questions made of parts that each have their own options — cloze (blanks), case (decisions):
	 * per question id, per part id, the order of that part's options
	 */
	partOptionOrders: Record<string, Record<string, string[]>>;
};

export type AttemptOptions = {
	/** shuffle the questions too (default true); false keeps the authored order */
	shuffleQuestions?: boolean;
};

function ids(entries: { id: string }[]): string[] {
	return entries.map((entry) => entry.id);
}

function sameOrder(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** What the learner picks from or arranges, shuffled; undefined when nothing is shuffled. */
function shuffledChoices(question: Question, seed: number): string[] | undefined {
	switch (question.type) {
		case 'single':
		case 'multiple':
			return shuffle(ids(question.view.options), seed);
		case 'matching':
			return shuffle(ids(question.view.targets), seed);
		case 'ordering': {
			// Starting from the right order would hand out the answer: rotate it by one instead. The
			// right order is the items' authored order, which the view keeps (README, "View and key"):
			// read there, an attempt is made before the key has arrived (a quiz starts without it).
			const authored = ids(question.view.items);
			const order = shuffle(authored, seed);
			return sameOrder(order, authored) ? [...order.slice(1), order[0]] : order;
		}
		default:
			return undefined;
	}
}

/** The parts of a question that each have their own options (cloze blanks, case decisions). */
function partsWithOptions(question: Question): { id: string; options: { id: string }[] }[] | undefined {
	if (question.type === 'cloze') return question.view.blanks;
	if (question.type === 'case') return question.view.decisions;
	return undefined;
}

export function createAttempt(quiz: Quiz, seed: number, options: AttemptOptions = {}): Attempt {
	const attemptSeed = seed >>> 0;
	const questionIds = quiz.questions.map((question) => question.view.id);
	const questionOrder =
		options.shuffleQuestions === false ? questionIds : shuffle(questionIds, deriveSeed(attemptSeed, 'questions'));
	const optionOrders: Record<string, string[]> = {};
	const partOptionOrders: Record<string, Record<string, string[]>> = {};
	for (const question of quiz.questions) {
		const id = question.view.id;
		const order = shuffledChoices(question, deriveSeed(attemptSeed, id));
		if (order !== undefined) optionOrders[id] = order;
		const parts = partsWithOptions(question);
		if (parts !== undefined) {
			partOptionOrders[id] = Object.fromEntries(
				parts.map((part) => [part.id, shuffle(ids(part.options), deriveSeed(attemptSeed, id, part.id))])
			);
		}
	}
	return { seed: attemptSeed, questionOrder, optionOrders, partOptionOrders };
}

/**
 * The seed of a quiz page's first attempt (issue 27): the page draws question 1 on the server, so
 * that a learner answers it before the page's scripts have started, and the browser must draw the
 * same attempt. The first seed, from the module's name, whose question 1 is of one of `types`: the
 * types answered with native radios and boxes, which a page keeps when ticked before its island has
 * started (src/lib/islands/hydrate-islands.ts, earlyChoices). Every learner's first attempt on that
 * page is then the same draw; starting over draws a fresh one.
 */
export function firstAttemptSeed(quiz: Quiz, types: readonly Question['type'][], options: AttemptOptions = {}): number {
	const typeOf = new Map(quiz.questions.map((question) => [question.view.id, question.type]));
	const base = (n: number) => hashString(quiz.module, n);
	for (let n = 0; n < 1000; n++) {
		const first = createAttempt(quiz, base(n), options).questionOrder[0];
		if (first !== undefined && types.includes(typeOf.get(first)!)) return base(n);
	}
	return base(0);
}

export type ObjectiveMastery = {
	/** average credit of the questions that check it, unanswered ones counting 0; in [0, 1] */
	mastery: number;
	/** questions that check it */
	questions: number;
	/** of which graded (answered completely) */
	answered: number;
};

export type QuizSummary = {
	/** sum of the credits; each question is worth 1 */
	earned: number;
	/** number of questions */
	total: number;
	/** earned / total × 100 (0 for an empty quiz), exact: show it with wholePercent */
	percent: number;
	/** earned / total ≥ passMark */
	passed: boolean;
	/** questions graded (an incomplete answer is not graded and earns 0) */
	answered: number;
	/** question ids that did not earn full credit, in the quiz's order: the one count of "missed" */
	missed: string[];
	/** per question id, its credit and how it was earned */
	credits: Record<string, Credit>;
	objectives: Record<string, ObjectiveMastery>;
};

// Sums of partial credits are not exact in binary (0.1 + 0.2): do not fail a learner by 1e-16.
const PASS_SLACK = 1e-9;

/**
 * Totals of an attempt from each question's trail (missing: unanswered). Every total the site
 * shows — results, progress, receipts, class results — is made here, so they cannot disagree.
 */
export function summariseTrails(quiz: Quiz, trails: Record<string, Trail | undefined>): QuizSummary {
	let earned = 0;
	let answered = 0;
	const missed: string[] = [];
	const credits: Record<string, Credit> = {};
	const objectives: Record<string, ObjectiveMastery & { sum: number }> = {};
	for (const question of quiz.questions) {
		const id = question.view.id;
		const trail = Object.hasOwn(trails, id) ? trails[id] : undefined;
		const credit = creditOf(question, trail ?? emptyTrail());
		credits[id] = credit;
		earned += credit.credit;
		const wasAnswered = credit.tries > 0;
		if (wasAnswered) answered++;
		if (credit.credit < 1) missed.push(id);
		for (const objective of new Set(question.view.objectives)) {
			const entry = (objectives[objective] ??= { mastery: 0, questions: 0, answered: 0, sum: 0 });
			entry.questions++;
			entry.sum += credit.credit;
			if (wasAnswered) entry.answered++;
		}
	}
	const total = quiz.questions.length;
	const share = total === 0 ? 0 : earned / total;
	return {
		earned,
		total,
		percent: share * 100,
		passed: total > 0 && share + PASS_SLACK >= quiz.passMark,
		answered,
		missed,
		credits,
		objectives: Object.fromEntries(
			Object.entries(objectives).map(([objective, { sum, questions, answered: done }]) => [
				objective,
				{ mastery: sum / questions, questions, answered: done }
			])
		)
	};
}

/**
 * Totals when each question was answered once, with no help (test mode, the SCORM package):
 * `answers` maps question ids to the learner's inputs (missing: unanswered).
 */
export function summariseAnswers(quiz: Quiz, answers: Record<string, unknown>): QuizSummary {
	const trails: Record<string, Trail> = {};
	for (const [id, input] of Object.entries(answers)) trails[id] = oneTry(input as LearnerInput);
	return summariseTrails(quiz, trails);
}
