// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadAttempt, newAttempt, parseAttempt, saveAttempt, type SavedAttempt } from '../../src/lib/storage/attempts';
import { mergeAttempt, mergeProgress } from '../../src/lib/storage/merge';
import { emptyProgress } from '../../src/lib/storage/progress-schema';
import { exportBackup, importBackup } from '../../src/lib/storage/backup';
import { loadProgress, recordFinished } from '../../src/lib/storage/progress';

beforeEach(() => localStorage.clear());

describe('attempt storage', () => {
	it('migrates a version 1 attempt, dating every answer from its last save', () => {
		const v1 = {
			version: 1,
			module: '01-jurisdiction',
			seed: 7,
			mode: 'practice',
			answers: { a: 'x', b: ['y'] },
			checked: { a: true },
			revealed: {},
			hints: {},
			current: 1,
			retry: null,
			finished: false,
			startedAt: '2026-01-01T10:00:00.000Z',
			updatedAt: '2026-01-01T10:05:00.000Z'
		};
		const migrated = parseAttempt(v1)!;
		expect(migrated.version).toBe(3);
		expect(migrated.beforeTrail).toBe(true);
		expect(migrated.answeredAt).toEqual({ a: '2026-01-01T10:05:00.000Z', b: '2026-01-01T10:05:00.000Z' });
		expect(migrated.answers).toEqual(v1.answers);
	});

	it('refuses a value of an unknown version or shape', () => {
		expect(parseAttempt({ version: 3 })).toBeUndefined();
		expect(parseAttempt({ ...newAttempt('m', 'test', 1), seed: 'x' })).toBeUndefined();
	});

	it('sets aside an unreadable stored attempt under a backup key and starts afresh', () => {
		localStorage.setItem('icc:attempt:m', '{"version": 2, "module": "m"');
		const loaded = loadAttempt('m');
		expect(loaded).toEqual({ status: 'reset', setAside: true });
		const backups = Object.keys(localStorage).filter((k) => k.startsWith('icc:backup:attempt:m:'));
		expect(backups.map((k) => localStorage.getItem(k))).toEqual(['{"version": 2, "module": "m"']);
		expect(localStorage.getItem('icc:attempt:m')).toBeNull();
	});

	it('saves read-merge-write: an answer saved by another tab meanwhile is kept', () => {
		const base = newAttempt('m', 'practice', 42);
		const tabA = { ...base, answers: { q1: 'a' }, answeredAt: { q1: '2026-01-01T10:00:01.000Z' } };
		const tabB = { ...base, answers: { q2: 'b' }, answeredAt: { q2: '2026-01-01T10:00:02.000Z' } };
		saveAttempt(tabA);
		const merged = saveAttempt(tabB).attempt;
		expect(merged.answers).toEqual({ q1: 'a', q2: 'b' });
		const stored = loadAttempt('m');
		expect(stored.status === 'ok' && stored.attempt.answers).toEqual({ q1: 'a', q2: 'b' });
	});
});

describe('merging two tabs', () => {
	// Two tabs answer questions of the same attempt in any interleaving; each event is (tab, question,
	// value) at increasing times. Whatever the order, every question answered by either tab is in
	// the merge, with the value given last.
	const events = fc.array(
		fc.record({ tab: fc.constantFrom('a', 'b'), question: fc.constantFrom('q1', 'q2', 'q3', 'q4'), value: fc.string({ maxLength: 3 }) }),
		{ maxLength: 20 }
	);

	it('loses no answer, whatever the interleaving, and keeps the latest value', () => {
		fc.assert(
			fc.property(events, fc.boolean(), (list, mergeBIntoA) => {
				const base = newAttempt('m', 'practice', 1);
				const tabs: Record<'a' | 'b', SavedAttempt> = { a: structuredClone(base), b: structuredClone(base) };
				const latest: Record<string, string> = {};
				list.forEach((event, i) => {
					const at = new Date(Date.UTC(2026, 0, 1, 10, 0, i)).toISOString();
					const tab = tabs[event.tab];
					tab.answers[event.question] = event.value;
					tab.answeredAt[event.question] = at;
					tab.updatedAt = at;
					latest[event.question] = event.value;
				});
				const merged = mergeBIntoA ? mergeAttempt(tabs.a, tabs.b) : mergeAttempt(tabs.b, tabs.a);
				expect(merged.answers).toEqual(latest);
			}),
			{ numRuns: 2000 }
		);
	});

	it('lets a fresh attempt (started over in one tab) replace the older one', () => {
		const old = { ...newAttempt('m', 'practice', 1), updatedAt: '2026-01-01T10:00:00.000Z' };
		const fresh = { ...newAttempt('m', 'practice', 2), updatedAt: '2026-01-01T11:00:00.000Z' };
		expect(mergeAttempt(old, fresh).seed).toBe(2);
		expect(mergeAttempt(fresh, old).seed).toBe(2);
	});

	it('keeps the best score and the most attempts of either copy of the progress', () => {
		const a = emptyProgress();
		a.modules.m = { attempts: 3, best: 90, last: 60, lastAt: '2026-01-03T00:00:00.000Z', timeSpentMs: 10, objectives: {} };
		const b = emptyProgress();
		b.modules.m = { attempts: 1, best: 70, last: 70, lastAt: '2026-01-04T00:00:00.000Z', timeSpentMs: 20, objectives: { o: 1 } };
		const merged = mergeProgress(a, b).modules.m;
		expect(merged).toEqual({ attempts: 3, best: 90, last: 70, lastAt: '2026-01-04T00:00:00.000Z', timeSpentMs: 20, objectives: { o: 1 } });
	});
});

describe('progress backup', () => {
	it('exports and imports back into an empty device', () => {
		recordFinished('01-jurisdiction', { percent: 80, objectives: { a: 1 }, timeSpentMs: 1000 });
		const file = exportBackup();
		localStorage.clear();
		const result = importBackup(file);
		expect(result).toEqual({ ok: true, report: { modules: 1, items: 0, attempts: 0, aside: 0 } });
		expect(loadProgress().progress.modules['01-jurisdiction'].best).toBe(80);
	});
});
