import { describe, expect, it } from 'vitest';
import type { Progress } from '$lib/storage/progress-schema';
import { currentFirst, lastActivity } from './current-module';

const mods = [{ slug: '01-a' }, { slug: '02-b' }, { slug: '03-c' }, { slug: '04-d' }];
const moduleEntry = (lastAt: string | null) => ({ attempts: 1, best: 50, last: 50, lastAt, timeSpentMs: 0, objectives: {} });
const item = (module: string, lastAt: string) => ({ module, lastScore: 1, lastAt, right: 1, wrong: 0 });
const progress = (p: Partial<Progress>): Progress => ({ version: 1, modules: {}, items: {}, ...p }) as Progress;

describe('the progress page leads with the module in progress', () => {
	it('keeps the order for a learner who has done nothing', () => {
		const { ordered, current } = currentFirst(mods, lastActivity(progress({}), {}));
		expect(ordered.map((m) => m.slug)).toEqual(['01-a', '02-b', '03-c', '04-d']);
		expect(current).toBeNull();
	});

	it('puts first the module with the latest answer, quiz or attempt, the rest in order', () => {
		const p = progress({
			modules: { '01-a': moduleEntry('2026-12-01T10:00:00Z') },
			items: { q1: item('03-c', '2026-12-03T10:00:00Z'), q2: item('01-a', '2026-12-02T10:00:00Z') }
		});
		expect(currentFirst(mods, lastActivity(p, {})).ordered.map((m) => m.slug)).toEqual(['03-c', '01-a', '02-b', '04-d']);
		// a quiz left in progress later still
		const withAttempt = lastActivity(p, { '02-b': '2026-12-04T09:00:00Z' });
		expect(currentFirst(mods, withAttempt)).toMatchObject({ current: '02-b' });
		expect(currentFirst(mods, withAttempt).ordered.map((m) => m.slug)).toEqual(['02-b', '01-a', '03-c', '04-d']);
	});

	it('ignores dates it cannot read and modules the site no longer has', () => {
		const p = progress({ items: { q: item('09-gone', '2026-12-09T00:00:00Z') } });
		const latest = lastActivity(p, { '02-b': 'not a date' });
		expect(currentFirst(mods, latest).current).toBeNull();
	});
});
