import * as v from 'valibot';
import { inputSchema, tryV3 } from './attempts';
import { onOtherTabChange, readDevice, writeDevice } from './device';
import { own } from './own';
import { isoDate } from './progress-schema';

// The answers to the checks at the end of each lesson step (issue 20, src/lib/content/checks.ts),
// on the device. A check is a quiz question graded in place: what is kept is its trail (every
// answer checked, hints opened, whether the answer was shown: src/lib/quiz/credit.ts), the answer on
// screen and whether its feedback is shown, so that a reload shows the check as it was left, and
// the credit it earned, for the mastery of its objectives (`objectiveMastery`). Never in the
// module's quiz score, nor in the quiz's answered counts, nor in the review deck (those read the
// progress record, progress.ts).
//
// A key of its own (`checks`) rather than a field of the progress record: a page of the previous
// version of the site (kept by the service worker one version longer) rewrites the progress
// record with the fields it knows and would drop a new one; it leaves a key it does not know alone.
// The rules are progress.ts's: validated on every read, an unreadable entry set aside inside the
// record (never erased) and the rest read; read-merge-write on every save, so that two tabs never
// overwrite each other's answers; "later" is a counter raised on every save, not the clock.
export const CHECKS_KEY = 'checks';
export const CHECKS_VERSION = 1;

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000));
const rev = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));

export const checkAnswerSchema = v.object({
	module: v.string(),
	/** the answer on screen: the last one checked, or the one being changed after "try again" */
	answer: inputSchema,
	/** every answer checked, in order, with the hints open then: credit is read from it */
	tries: v.pipe(v.array(tryV3), v.maxLength(1000)),
	hints: count,
	/** "show the answer" was used: the check earns nothing */
	revealed: v.boolean(),
	/** the answer on screen was checked and its feedback is shown */
	checked: v.boolean(),
	/** what the trail earns (creditOf), kept so that the progress page needs no answer keys */
	credit: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	/** when it last changed: for display, and across devices (an imported backup) */
	at: isoDate,
	/** the save that last changed it (see merge.ts: "later" is a counter) */
	rev
});
export type CheckAnswer = v.InferOutput<typeof checkAnswerSchema>;

const asideSchema = v.object({ checks: v.record(v.string(), v.unknown()), whole: v.array(v.string()) });
type Aside = v.InferOutput<typeof asideSchema>;

export type CheckAnswers = {
	version: typeof CHECKS_VERSION;
	/** raised on every save, past any other tab's */
	rev: number;
	/** per question id */
	checks: Record<string, CheckAnswer>;
	/** what could not be read, kept as it was */
	aside?: Aside;
};

export const emptyCheckAnswers = (): CheckAnswers => ({ version: CHECKS_VERSION, rev: 0, checks: {} });

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function checksAsideCount(record: CheckAnswers): number {
	return record.aside ? Object.keys(record.aside.checks).length + record.aside.whole.length : 0;
}

/**
 * Reads a stored or imported value: every readable answer kept, every other one set aside as it
 * was. Never throws; a value that is not a record of checks at all is kept whole, as text.
 */
export function readCheckAnswers(value: unknown): CheckAnswers {
	if (!isObject(value) || value.version !== CHECKS_VERSION) {
		return { ...emptyCheckAnswers(), aside: { checks: {}, whole: [JSON.stringify(value) ?? String(value)] } };
	}
	const record = emptyCheckAnswers();
	const counter = v.safeParse(rev, value.rev);
	if (counter.success) record.rev = counter.output;
	const earlier = v.safeParse(asideSchema, value.aside);
	const aside: Aside = earlier.success ? earlier.output : { checks: {}, whole: [] };
	if (value.aside !== undefined && !earlier.success) aside.whole.push(JSON.stringify(value.aside) ?? '');
	if (isObject(value.checks)) {
		for (const [id, entry] of Object.entries(value.checks)) {
			const parsed = v.safeParse(checkAnswerSchema, entry);
			if (parsed.success) record.checks[id] = parsed.output;
			else aside.checks[id] = entry;
		}
	} else if (value.checks !== undefined) aside.whole.push(JSON.stringify({ checks: value.checks }));
	const withAside = { ...record, aside };
	return checksAsideCount(withAside) > 0 ? withAside : record;
}

/** Reads the stored text (what `readDevice` gives). */
export function parseCheckAnswers(raw: string): CheckAnswers {
	try {
		return readCheckAnswers(JSON.parse(raw));
	} catch {
		// Not even JSON: kept whole, as text.
		return { ...emptyCheckAnswers(), aside: { checks: {}, whole: [raw] } };
	}
}

/** `aside`: how many entries could not be read (set aside, kept in the record and in backups). */
export function loadCheckAnswers(): { record: CheckAnswers; aside: number } {
	const raw = readDevice(CHECKS_KEY);
	const record = raw === null ? emptyCheckAnswers() : parseCheckAnswers(raw);
	return { record, aside: checksAsideCount(record) };
}

/** The answers to the checks of one module, by question id. */
export function checkAnswersOf(module: string, record = loadCheckAnswers().record): Record<string, CheckAnswer> {
	return Object.fromEntries(Object.entries(record.checks).filter(([, answer]) => answer.module === module));
}

// ——— Merging: two tabs, or a backup imported onto a device ———

/** Which of two answers is later: the counter first, the time only between equal counters. */
const isLater = (a: CheckAnswer, b: CheckAnswer) => (a.rev !== b.rev ? a.rev > b.rev : a.at >= b.at);

/**
 * Two copies of one check's answer. A trail only grows, so the longer one holds the other (on a
 * tie, the later copy's); an answer shown in either copy stays shown and earns nothing; hints take
 * the most opened.
 */
export function mergeCheckAnswer(a: CheckAnswer, b: CheckAnswer): CheckAnswer {
	const newer = isLater(a, b) ? a : b;
	const trail = a.tries.length === b.tries.length ? newer : a.tries.length > b.tries.length ? a : b;
	const revealed = a.revealed || b.revealed;
	return {
		...trail,
		hints: Math.max(a.hints, b.hints),
		revealed,
		checked: trail.checked || revealed,
		credit: revealed ? 0 : trail.credit,
		at: newer.at,
		rev: Math.max(a.rev, b.rev)
	};
}

export function mergeCheckAnswers(a: CheckAnswers, b: CheckAnswers): CheckAnswers {
	const checks: Record<string, CheckAnswer> = { ...a.checks };
	for (const [id, answer] of Object.entries(b.checks)) {
		const mine = own(checks, id);
		checks[id] = mine === undefined ? answer : mergeCheckAnswer(mine, answer);
	}
	const merged: CheckAnswers = { version: CHECKS_VERSION, rev: Math.max(a.rev, b.rev), checks };
	if (a.aside || b.aside) {
		const aside: Aside = { checks: { ...b.aside?.checks, ...a.aside?.checks }, whole: [...new Set([...(a.aside?.whole ?? []), ...(b.aside?.whole ?? [])])] };
		merged.aside = aside;
	}
	return merged;
}

// ——— Saving ———

/** What the page gives to save: the answer without its stamps. */
export type CheckAnswerChange = Omit<CheckAnswer, 'at' | 'rev'>;

/**
 * Saves one check's answer, merged with whatever another tab stored meanwhile (read-merge-write,
 * synchronously: a tab closed right after Check loses nothing). Returns the answer as stored (the
 * merge may have taken another tab's longer trail) and whether the device kept it.
 */
export function saveCheckAnswer(id: string, change: CheckAnswerChange, now = new Date()): { answer: CheckAnswer; kept: boolean } {
	const { record } = loadCheckAnswers();
	const next = record.rev + 1;
	const mine: CheckAnswer = { ...change, at: now.toISOString(), rev: next };
	const stored = own(record.checks, id);
	const answer = stored === undefined ? mine : mergeCheckAnswer(stored, mine);
	const updated: CheckAnswers = { ...record, rev: next, checks: { ...record.checks, [id]: answer } };
	return { answer, kept: writeDevice(CHECKS_KEY, JSON.stringify(updated)) };
}

/** Calls `listener` when another tab saved an answer to a check. Returns the unsubscribe. */
export function onOtherTabChecks(listener: () => void): () => void {
	return onOtherTabChange((key) => key === CHECKS_KEY && listener());
}

// ——— What the progress page shows ———

/** Answered: checked at least once, or its answer shown. */
export const isAnswered = (answer: CheckAnswer | undefined) => answer !== undefined && (answer.tries.length > 0 || answer.revealed);

/** How many of `ids` are answered on this device. */
export function checksDone(ids: readonly string[], record: CheckAnswers): number {
	return ids.filter((id) => isAnswered(own(record.checks, id))).length;
}

/**
 * The mastery of one objective: the average credit of every question that checks it — the quiz's
 * (from its last finished attempt, `quizMastery` being their average there), the checks' (an
 * unanswered one counting 0, as in a quiz's results: src/lib/quiz/attempt.ts) and the navigator's
 * graded cases' (their last credit; a case not yet answered is left out: the cases are practice
 * beside the module's path, not part of it). Undefined while none of them was answered.
 */
export function objectiveMastery(
	objective: {
		/** mastery of the objective in the last finished quiz attempt; undefined when none */
		quizMastery: number | undefined;
		/** how many questions of the quiz check it */
		quizQuestions: number;
		/** the ids of the checks that check it */
		checkIds: readonly string[];
		/** the last credit of each graded case that checks it; undefined when never answered */
		caseCredits?: readonly (number | undefined)[];
	},
	record: CheckAnswers
): number | undefined {
	const answered = objective.checkIds.map((id) => own(record.checks, id)).filter(isAnswered);
	const cases = (objective.caseCredits ?? []).filter((credit): credit is number => credit !== undefined);
	if (objective.quizMastery === undefined && answered.length === 0 && cases.length === 0) return undefined;
	const quiz = objective.quizMastery === undefined ? 0 : objective.quizMastery * objective.quizQuestions;
	const checks = answered.reduce((sum, answer) => sum + (answer?.credit ?? 0), 0);
	const solved = cases.reduce((sum, credit) => sum + credit, 0);
	const total = objective.quizQuestions + objective.checkIds.length + cases.length;
	return total === 0 ? undefined : Math.min(1, (quiz + checks + solved) / total);
}
