// The timings of a teacher pack's lesson plans (issue 25), computed from the module's own content:
// each step's reading minutes (reading.ts) and its checks; the quiz's questions. Pure: no file is read here, so the arithmetic is tested alone
// (teach-plan.test.ts). Every session adds up to exactly SESSION minutes.

/** One class period, in minutes. */
export const SESSION = 50;
/** Minutes for the hook (the opening question), the recap and the close (setting the assignment). */
export const HOOK = 5;
export const RECAP = 5;
export const CLOSE = 5;
/** The least a plan gives its activity and its discussion (50-minute plan). */
export const MIN_ACTIVITY = 8;
export const MIN_DISCUSSION = 7;
/** The role-card activity of the 2 × 50-minute plan, and its structured academic controversy. */
export const ROLE_CARDS = 15;
export const CONTROVERSY = 20;
/** The least discussion the second session keeps before the quiz moves to an assignment. */
export const MIN_DISCUSSION_2 = 5;

/** A step of the lesson: its reading minutes and how many checks end it. */
export type Segment = { id: string; title: string; minutes: number; checks: number };

/** What a row of a plan is about; the page words it (messages `pack_row_*`). */
export type RowKind = 'hook' | 'read' | 'activity' | 'role-cards' | 'discussion' | 'controversy' | 'recap' | 'quiz' | 'assignment';

export type PlanRow = {
	kind: RowKind;
	minutes: number;
	/** for `read`: the steps read in class, in order */
	segments?: Segment[];
	/** for `assignment`: the steps left to read at home */
	home?: Segment[];
	/** for `quiz` and `assignment`: how many questions */
	questions?: number;
};

export type Plan = { sessions: PlanRow[][] };

/**
 * A segment's minutes in class: its reading time and half a minute for each check (a check is one
 * question applying the step's rule), rounded up.
 */
export function segmentMinutes(segment: Segment): number {
	return segment.minutes + Math.ceil(segment.checks / 2);
}

/** The longest run of segments from the first whose minutes fit `budget`, and the rest. */
export function fitSegments(segments: Segment[], budget: number): { read: Segment[]; rest: Segment[]; minutes: number } {
	let minutes = 0;
	let count = 0;
	for (const segment of segments) {
		const next = minutes + segmentMinutes(segment);
		if (next > budget) break;
		minutes = next;
		count += 1;
	}
	return { read: segments.slice(0, count), rest: segments.slice(count), minutes };
}

/** Minutes to answer a quiz in class: a case 2, an ordering, matching or cloze 1, any other half a minute; rounded up. */
export function quizMinutes(types: readonly string[]): number {
	const half = types.reduce((sum, type) => sum + (type === 'case' ? 4 : ['ordering', 'matching', 'cloze'].includes(type) ? 2 : 1), 0);
	return Math.ceil(half / 2);
}

/**
 * One 50-minute lesson: the hook, the steps read in class with their checks (as many, from the
 * first, as leave the activity and the discussion their least), the activity and the discussion
 * sharing what is left, then the quiz set as an assignment with whatever was not read in class.
 */
export function plan50(segments: Segment[], questions: number): Plan {
	const budget = SESSION - HOOK - MIN_ACTIVITY - MIN_DISCUSSION - CLOSE;
	const { read, rest, minutes } = fitSegments(segments, budget);
	const spare = budget - minutes;
	return {
		sessions: [
			[
				{ kind: 'hook', minutes: HOOK },
				{ kind: 'read', minutes, segments: read },
				{ kind: 'activity', minutes: MIN_ACTIVITY + Math.ceil(spare / 2) },
				{ kind: 'discussion', minutes: MIN_DISCUSSION + Math.floor(spare / 2) },
				{ kind: 'assignment', minutes: CLOSE, home: rest, questions }
			]
		]
	};
}

/**
 * Two 50-minute lessons. First: the hook, as many steps as fit before the role cards, the role
 * cards, the discussion with what is left. Second: a recap with the steps still to read, the
 * structured academic controversy, then the quiz in class when it leaves some discussion, otherwise
 * a discussion and the quiz set as an assignment.
 */
export function plan2x50(segments: Segment[], quizTypes: readonly string[]): Plan {
	const first = fitSegments(segments, SESSION - HOOK - ROLE_CARDS - MIN_DISCUSSION_2);
	const session1: PlanRow[] = [
		{ kind: 'hook', minutes: HOOK },
		{ kind: 'read', minutes: first.minutes, segments: first.read },
		{ kind: 'role-cards', minutes: ROLE_CARDS },
		{ kind: 'discussion', minutes: SESSION - HOOK - first.minutes - ROLE_CARDS }
	];
	const second = fitSegments(first.rest, SESSION - RECAP - CONTROVERSY - MIN_DISCUSSION_2 - CLOSE);
	const recap: PlanRow = { kind: 'recap', minutes: RECAP };
	const reading: PlanRow[] = second.read.length ? [{ kind: 'read', minutes: second.minutes, segments: second.read }] : [];
	const used = RECAP + second.minutes + CONTROVERSY;
	const quiz = quizMinutes(quizTypes);
	const quizInClass = SESSION - used - quiz >= MIN_DISCUSSION_2 && second.rest.length === 0;
	const session2: PlanRow[] = quizInClass
		? [recap, ...reading, { kind: 'controversy', minutes: CONTROVERSY }, { kind: 'discussion', minutes: SESSION - used - quiz }, { kind: 'quiz', minutes: quiz, questions: quizTypes.length }]
		: [
				recap,
				...reading,
				{ kind: 'controversy', minutes: CONTROVERSY },
				{ kind: 'discussion', minutes: SESSION - used - CLOSE },
				{ kind: 'assignment', minutes: CLOSE, home: second.rest, questions: quizTypes.length }
			];
	return { sessions: [session1, session2] };
}

/** Minutes of each session of a plan. */
export function sessionMinutes(plan: Plan): number[] {
	return plan.sessions.map((rows) => rows.reduce((sum, row) => sum + row.minutes, 0));
}
