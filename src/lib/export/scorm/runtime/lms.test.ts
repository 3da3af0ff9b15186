// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SESSION_TIME_PATTERN } from '../session-time';
import { findApi, LmsSession, type Scorm12Api } from './lms';

type Win = { API?: unknown; parent?: Win | null; opener?: Win | null };

function fakeApi(initial: Record<string, string> = {}) {
	const calls: [string, ...string[]][] = [];
	const values: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted', 'cmi.suspend_data': '', ...initial };
	const api: Scorm12Api = {
		LMSInitialize: () => (calls.push(['LMSInitialize']), 'true'),
		LMSFinish: () => (calls.push(['LMSFinish']), 'true'),
		LMSGetValue: (element) => (calls.push(['LMSGetValue', element]), values[element] ?? ''),
		LMSSetValue: (element, value) => {
			calls.push(['LMSSetValue', element, value]);
			values[element] = value;
			return 'true';
		},
		LMSCommit: () => (calls.push(['LMSCommit']), 'true'),
		LMSGetLastError: () => '0'
	};
	return { api, calls, values };
}

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
		expect(calls.slice(0, 4)).toEqual([
			['LMSInitialize'],
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
