import { describe, expect, it } from 'vitest';
import { CLOSE, CONTROVERSY, fitSegments, HOOK, MIN_ACTIVITY, MIN_DISCUSSION, plan2x50, plan50, quizMinutes, ROLE_CARDS, segmentMinutes, SESSION, sessionMinutes, type Segment } from './teach-plan';

const seg = (id: string, minutes: number, checks = 0): Segment => ({ id, title: id, minutes, checks });
/** Ten steps of 2 minutes with 2 checks each: 3 minutes a step in class. */
const tenSteps = Array.from({ length: 10 }, (_, i) => seg(`s${i + 1}`, 2, 2));

describe('teacher pack plans', () => {
	it('gives a step its reading minutes and half a minute a check, rounded up', () => {
		expect(segmentMinutes(seg('a', 2, 2))).toBe(3);
		expect(segmentMinutes(seg('a', 2, 1))).toBe(3);
		expect(segmentMinutes(seg('a', 4, 0))).toBe(4);
	});

	it('reads steps from the first while they fit, and leaves the rest', () => {
		const { read, rest, minutes } = fitSegments(tenSteps, 10);
		expect(read.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
		expect(rest).toHaveLength(7);
		expect(minutes).toBe(9);
	});

	it('50 minutes: hook, reading, activity, discussion, the quiz as an assignment, adding up to 50', () => {
		const plan = plan50(tenSteps, 25);
		expect(sessionMinutes(plan)).toEqual([SESSION]);
		const rows = plan.sessions[0];
		expect(rows.map((r) => r.kind)).toEqual(['hook', 'read', 'activity', 'discussion', 'assignment']);
		// 50 − 5 − 8 − 7 − 5 = 25 minutes of reading: 8 steps of 3 minutes; 2 left for home
		expect(rows[1].segments).toHaveLength(8);
		expect(rows[4].home?.map((s) => s.id)).toEqual(['s9', 's10']);
		expect(rows[2].minutes).toBeGreaterThanOrEqual(MIN_ACTIVITY);
		expect(rows[3].minutes).toBeGreaterThanOrEqual(MIN_DISCUSSION);
		expect(rows[0].minutes).toBe(HOOK);
		expect(rows[4]).toMatchObject({ minutes: CLOSE, questions: 25 });
	});

	it('50 minutes: a short lesson gives its spare time to the activity and the discussion', () => {
		const rows = plan50([seg('only', 5, 2)], 12).sessions[0];
		expect(rows[1].minutes).toBe(6);
		expect(rows[2].minutes + rows[3].minutes).toBe(SESSION - HOOK - 6 - CLOSE);
		expect(rows[4].home).toEqual([]);
	});

	it('2 × 50 minutes: every step is read over the two sessions, each adds up to 50', () => {
		const plan = plan2x50(tenSteps, Array(20).fill('single'));
		expect(sessionMinutes(plan)).toEqual([SESSION, SESSION]);
		const read = plan.sessions.flat().flatMap((r) => r.segments ?? []);
		expect(read.map((s) => s.id)).toEqual(tenSteps.map((s) => s.id));
		expect(plan.sessions[0].find((r) => r.kind === 'role-cards')?.minutes).toBe(ROLE_CARDS);
		expect(plan.sessions[1].find((r) => r.kind === 'controversy')?.minutes).toBe(CONTROVERSY);
	});

	it('2 × 50 minutes: the quiz is taken in class when it leaves time to discuss, set as an assignment otherwise', () => {
		const short = plan2x50([seg('a', 10)], Array(10).fill('single'));
		expect(short.sessions[1].at(-1)).toMatchObject({ kind: 'quiz', minutes: 5, questions: 10 });
		const long = plan2x50([seg('a', 10)], Array(12).fill('case'));
		expect(long.sessions[1].at(-1)).toMatchObject({ kind: 'assignment', questions: 12 });
		expect(sessionMinutes(long)).toEqual([SESSION, SESSION]);
	});

	it('2 × 50 minutes: what does not fit in two sessions is read at home, and the quiz is then an assignment', () => {
		const plan = plan2x50(Array.from({ length: 12 }, (_, i) => seg(`s${i}`, 8)), ['single']);
		const last = plan.sessions[1].at(-1)!;
		expect(last.kind).toBe('assignment');
		expect(last.home!.length).toBeGreaterThan(0);
		expect(sessionMinutes(plan)).toEqual([SESSION, SESSION]);
	});

	it('times a quiz by its question types', () => {
		expect(quizMinutes(['single', 'truefalse'])).toBe(1);
		expect(quizMinutes(['case', 'matching', 'single'])).toBe(4);
	});
});
