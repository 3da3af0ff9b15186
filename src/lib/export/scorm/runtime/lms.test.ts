// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SESSION_TIME_PATTERN } from '../session-time';
import { findApi, LmsSession, type Scorm12Api } from './lms';
import { fakeApi } from '../test-support/fake-api';

type Win = { API?: unknown; parent?: Win | null; opener?: Win | null };


/** A window `depth` levels below a top window; the top holds `api`. */
function chain(depth: number, api: unknown): Win {
	const top: Win = { API: api };
	top.parent = top;
	let win = top;
	for (let level = 0; level < depth; level++) win = { parent: win };
	return win;
}

describe('findApi: the standard search', () => {
	const { api } = fakeApi();

	it('finds window.API in the window itself or up to 7 parents', () => {
		for (let depth = 0; depth <= 7; depth++) expect(findApi(chain(depth, api)), `depth ${depth}`).toBe(api);
	});

	it('stops after 7 parents', () => {
		expect(findApi(chain(8, api))).toBeNull();
	});

	it('then looks in the opener and its parents', () => {
		expect(findApi({ parent: null, opener: chain(2, api) })).toBe(api);
	});

	it('ignores what is not an API, and windows of another origin', () => {
		expect(findApi(chain(1, { LMSInitialize: 'no' }))).toBeNull();
		const foreign: Win = {};
		Object.defineProperty(foreign, 'API', { get: () => { throw new Error('SecurityError'); } });
		Object.defineProperty(foreign, 'parent', { get: () => { throw new Error('SecurityError'); } });
		expect(findApi({ parent: foreign })).toBeNull();
		expect(findApi({})).toBeNull();
	});
});

describe('LmsSession', () => {
	it('initialises, reads the saved state and marks a first visit incomplete', () => {
		const { api, calls } = fakeApi({ 'cmi.suspend_data': '[1]' });
		const session = new LmsSession(api);
		session.start();
		expect(session.connected).toBe(true);
		expect(session.initialState).toBe('[1]');
		expect(calls.slice(0, 5)).toEqual([
			['LMSInitialize'],
			['LMSGetValue', 'cmi.core.lesson_mode'],
			['LMSGetValue', 'cmi.core.lesson_status'],
			['LMSGetValue', 'cmi.suspend_data'],
			['LMSSetValue', 'cmi.core.lesson_status', 'incomplete']
		]);
	});

	it('keeps an earlier status on a return visit', () => {
		const { api, values } = fakeApi({ 'cmi.core.lesson_status': 'passed' });
		new LmsSession(api).start();
		expect(values['cmi.core.lesson_status']).toBe('passed');
	});

	it('reports raw, min, max and status, never score.scaled, then commits', () => {
		const { api, calls, values } = fakeApi();
		const session = new LmsSession(api);
		session.start();
		session.report({ raw: '87.5', min: '0', max: '100', status: 'passed' }, '[1,"a","b",1]');
		expect(values).toMatchObject({
			'cmi.core.score.raw': '87.5',
			'cmi.core.score.min': '0',
			'cmi.core.score.max': '100',
			'cmi.core.lesson_status': 'passed',
			'cmi.suspend_data': '[1,"a","b",1]'
		});
		expect(calls.some(([, element]) => element === 'cmi.core.score.scaled')).toBe(false);
		expect(calls.at(-1)).toEqual(['LMSCommit']);
	});

	it('never writes suspend_data over 4,096 characters', () => {
		const { api, calls } = fakeApi();
		const session = new LmsSession(api);
		session.start();
		expect(session.saveState('x'.repeat(4096))).toBe(true);
		expect(session.saveState('x'.repeat(4097))).toBe(false);
		expect(calls.filter(([name, element]) => name === 'LMSSetValue' && element === 'cmi.suspend_data')).toHaveLength(1);
	});

	it('finishes once: session time (HHHH:MM:SS.SS), exit suspend, commit, LMSFinish', () => {
		const { api, calls, values } = fakeApi();
		let now = 1_000;
		const session = new LmsSession(api, () => now);
		session.start();
		now += 3_723_450;
		session.finish('[1]');
		session.finish('[2]');
		session.report({ raw: '0', min: '0', max: '100', status: 'failed' }, '[3]');
		expect(values['cmi.core.session_time']).toBe('0001:02:03.45');
		expect(values['cmi.core.session_time']).toMatch(SESSION_TIME_PATTERN);
		expect(values['cmi.core.exit']).toBe('suspend');
		expect(values['cmi.suspend_data']).toBe('[1]');
		expect(calls.filter(([name]) => name === 'LMSFinish')).toHaveLength(1);
		expect(calls.at(-1)).toEqual(['LMSFinish']);
		expect(session.isFinished).toBe(true);
	});

	it('without an LMS, does nothing and throws nothing', () => {
		const session = new LmsSession(null);
		session.start();
		expect(session.connected).toBe(false);
		expect(session.saveState('[1]')).toBe(false);
		expect(session.report({ raw: '100', min: '0', max: '100', status: 'passed' }, '[1]')).toBe(false);
		expect(() => session.finish('[1]')).not.toThrow();
	});

	it('survives an API that throws or refuses', () => {
		const { api } = fakeApi();
		const broken: Scorm12Api = { ...api, LMSSetValue: () => { throw new Error('boom'); }, LMSInitialize: () => 'true' };
		const session = new LmsSession(broken);
		const warn = console.warn;
		console.warn = () => {};
		try {
			session.start();
			expect(session.report({ raw: '1', min: '0', max: '100', status: 'failed' }, '[1]')).toBe(false);
			expect(() => session.finish()).not.toThrow();
		} finally {
			console.warn = warn;
		}
	});
});

/** Every call that writes to the LMS: what a read-only session must never make. */
const writes = (calls: [string, ...string[]][]) => calls.filter(([name]) => name === 'LMSSetValue' || name === 'LMSCommit');

/** What the runtime does in a session: save, report, save again, finish (twice, as pagehide then unload). */
function useSession(session: LmsSession): void {
	session.saveState('[1,"x"]');
	session.report({ raw: '100', min: '0', max: '100', status: 'passed' }, '[1,"x","y",1]');
	session.saveState('[1,"z"]');
	session.commit();
	session.finish('[1,"w"]');
	session.finish('[1,"w"]');
}

describe('LmsSession: a finished attempt is read-only', () => {
	const finished = { 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '54', 'cmi.suspend_data': '[1,"old",1]' };

	it.each(['review', 'browse'])('lesson_mode "%s": LMSInitialize, reads, LMSFinish; no LMSSetValue, no LMSCommit', (mode) => {
		const { api, calls, values } = fakeApi({ ...finished, 'cmi.core.lesson_mode': mode });
		const session = new LmsSession(api);
		session.start();
		expect(session.mode).toBe(mode);
		expect(session.isReadOnly).toBe(true);
		expect(session.allowsRetry).toBe(false);
		expect(session.saveState('[1]')).toBe(false);
		expect(session.report({ raw: '100', min: '0', max: '100', status: 'passed' }, '[1]')).toBe(false);
		useSession(session);
		expect(writes(calls)).toEqual([]);
		expect(calls[0]).toEqual(['LMSInitialize']);
		expect(calls.filter(([name]) => name === 'LMSFinish')).toHaveLength(1);
		expect(calls.at(-1)).toEqual(['LMSFinish']);
		expect(values).toMatchObject(finished);
	});

	it('review of an attempt never started: not even the first visit\'s "incomplete"', () => {
		const { api, calls } = fakeApi({ 'cmi.core.lesson_mode': 'review' });
		const session = new LmsSession(api);
		session.start();
		useSession(session);
		expect(writes(calls)).toEqual([]);
		expect(session.finishedBefore).toBe(false);
	});

	it.each(['passed', 'failed', 'completed'])('normal mode, lesson_status "%s" (the graded attempt relaunched): nothing written', (status) => {
		const { api, calls, values } = fakeApi({ ...finished, 'cmi.core.lesson_mode': 'normal', 'cmi.core.lesson_status': status });
		const session = new LmsSession(api);
		session.start();
		expect(session.isReadOnly).toBe(true);
		expect(session.finishedBefore).toBe(true);
		useSession(session);
		expect(writes(calls)).toEqual([]);
		expect(values['cmi.core.lesson_status']).toBe(status);
		expect(values['cmi.core.score.raw']).toBe('54');
	});

	it('normal mode, status "incomplete" but a saved state that says submitted: nothing written', () => {
		const { api, calls } = fakeApi({ 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': 'SUBMITTED' });
		const session = new LmsSession(api);
		const seen: string[] = [];
		session.start((saved) => (seen.push(saved), saved === 'SUBMITTED'));
		expect(seen).toEqual(['SUBMITTED']);
		expect(session.isReadOnly).toBe(true);
		useSession(session);
		expect(writes(calls)).toEqual([]);
	});

	it.each([['incomplete'], ['browsed'], ['not attempted'], ['']])('normal mode, status "%s", state not submitted: an attempt in progress, written as usual', (status) => {
		const { api, values } = fakeApi({ 'cmi.core.lesson_status': status, 'cmi.suspend_data': '[1,"a"]' });
		const session = new LmsSession(api);
		session.start(() => false);
		expect(session.isReadOnly).toBe(false);
		expect(session.saveState('[1,"b"]')).toBe(true);
		expect(values['cmi.suspend_data']).toBe('[1,"b"]');
	});

	it('an unknown or missing lesson_mode is "normal"', () => {
		for (const mode of ['', 'NORMAL', 'preview']) {
			const session = new LmsSession(fakeApi({ 'cmi.core.lesson_mode': mode }).api);
			session.start();
			expect(session.mode, mode).toBe('normal');
			expect(session.isReadOnly).toBe(false);
		}
	});
});

describe('LmsSession: connected, a submission is final', () => {
	it('reports once: later reports and states are refused; finishing still records the session', () => {
		const { api, calls, values } = fakeApi();
		const session = new LmsSession(api);
		session.start();
		expect(session.allowsRetry).toBe(false);
		expect(session.report({ raw: '46.35', min: '0', max: '100', status: 'failed' }, '[1,"a","b",1]')).toBe(true);
		expect(session.saveState('[1,"a","b",0]')).toBe(false);
		expect(session.report({ raw: '100', min: '0', max: '100', status: 'passed' }, '[1,"a","b",1]')).toBe(false);
		session.finish('[1,"a","b",0]');
		expect(values).toMatchObject({ 'cmi.core.score.raw': '46.35', 'cmi.core.lesson_status': 'failed', 'cmi.suspend_data': '[1,"a","b",1]', 'cmi.core.exit': 'suspend' });
		expect(calls.filter(([name, element]) => name === 'LMSSetValue' && element === 'cmi.core.score.raw')).toHaveLength(1);
		expect(calls.filter(([name, element]) => name === 'LMSSetValue' && element === 'cmi.suspend_data')).toHaveLength(1);
		expect(values['cmi.core.session_time']).toMatch(SESSION_TIME_PATTERN);
		expect(calls.at(-1)).toEqual(['LMSFinish']);
	});

	it('without an LMS (standalone preview) the learner may try again', () => {
		const session = new LmsSession(null);
		session.start();
		expect(session.allowsRetry).toBe(true);
		expect(session.isReadOnly).toBe(false);
	});

	it('an LMS that refuses LMSInitialize counts as none: nothing is recorded, so trying again is allowed', () => {
		const { api, calls } = fakeApi();
		const session = new LmsSession({ ...api, LMSInitialize: () => 'false' });
		session.start();
		expect(session.connected).toBe(false);
		expect(session.allowsRetry).toBe(true);
		useSession(session);
		expect(writes(calls)).toEqual([]);
	});
});
