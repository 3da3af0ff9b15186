// @vitest-environment jsdom
// Fault injection on the storage module (issue 19): a clock that steps back, a full device, an
// unreadable entry, hostile ids, export → erase → import. Each case lost a learner's work once.
import fc from 'fast-check';
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAttempt, newAttempt, saveAttempt, type SavedAttempt } from '../../src/lib/storage/attempts';
import { eraseEverything, exportBackup, importBackup, undoErase } from '../../src/lib/storage/backup';
import { deviceSnapshot } from '../../src/lib/storage/device';
import { catchUpScheduling, discardAside, loadProgress, recordAnswer, restoreAside } from '../../src/lib/storage/progress';
import { cardSchema } from '../../src/lib/storage/progress-schema';
import { schedule } from '../../src/lib/review/schedule';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);

/** A device that holds at most `limit` characters (keys and values), as a browser's quota. */
function quota(limit: number) {
	const setItem = Storage.prototype.setItem;
	return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
		let used = 0;
		for (let i = 0; i < this.length; i++) {
			const k = this.key(i)!;
			if (k !== key) used += k.length + (this.getItem(k)?.length ?? 0);
		}
		if (used + key.length + value.length > limit) throw new DOMException('full', 'QuotaExceededError');
		setItem.call(this, key, value);
	});
}
const stored = () => ({ ...localStorage });

beforeEach(() => localStorage.clear());
afterEach(() => {
	vi.restoreAllMocks();
	vi.useRealTimers();
});

describe('a device clock that steps back', () => {
	/** One tab's moves as QuizRunner makes them: change the answer, or go to the next question. */
	function act(tab: SavedAttempt, move: 'answer' | 'next', value: string): SavedAttempt {
		const changed = structuredClone(tab);
		if (move === 'answer') {
			changed.answers.q1 = value;
			changed.answeredAt.q1 = new Date().toISOString();
		} else changed.current += 1;
		return saveAttempt(changed).attempt;
	}

	it('keeps every change made after the clock stepped back 60 s or a day', () => {
		for (const step of [60_000, DAY]) {
			localStorage.clear();
			vi.useFakeTimers({ now: T0 });
			let tab = saveAttempt(newAttempt('m', 'practice', 1)).attempt;
			tab = act(tab, 'answer', 'old');
			vi.setSystemTime(T0 - step);
			tab = act(tab, 'answer', 'new');
			tab = act(tab, 'next', '');
			const after = loadAttempt('m');
			expect(after.status === 'ok' && after.attempt.answers.q1).toBe('new');
			expect(after.status === 'ok' && after.attempt.current).toBe(1);
			expect(tab.answers.q1).toBe('new');
		}
	});

	it('whatever the clock does, what is stored is the last thing the learner did (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ jump: fc.integer({ min: -2 * DAY, max: 2 * DAY }), move: fc.constantFrom('answer', 'next'), value: fc.string({ maxLength: 2 }) }), {
					maxLength: 12
				}),
				(moves) => {
					localStorage.clear();
					let now = T0;
					vi.useFakeTimers({ now });
					let tab = saveAttempt(newAttempt('m', 'practice', 1)).attempt;
					let expected: { answer?: string; current: number } = { current: 0 };
					for (const { jump, move, value } of moves) {
						now += jump;
						vi.setSystemTime(now);
						tab = act(tab, move as 'answer' | 'next', value);
						expected = move === 'answer' ? { ...expected, answer: value } : { ...expected, current: expected.current + 1 };
					}
					const after = loadAttempt('m');
					expect(after.status).toBe('ok');
					if (after.status !== 'ok') return;
					expect(after.attempt.answers.q1).toBe(expected.answer);
					expect(after.attempt.current).toBe(expected.current);
					vi.useRealTimers();
				}
			),
			{ numRuns: 300 }
		);
	});

	it('schedules a review answered "before" the card’s last review instead of losing it', async () => {
		await recordAnswer('m', 'q1', { score: 0, helped: false }, new Date(T0));
		// the clock is corrected a day back, and the question answered again
		await recordAnswer('m', 'q1', { score: 1, helped: false }, new Date(T0 - DAY));
		const item = loadProgress().progress.items.q1;
		expect(item.right).toBe(1);
		expect(item.wrong).toBe(1);
		expect(item.pending).toBeUndefined();
		expect(item.card?.reps).toBe(2);
	});

	it('accepts in the scheduler every card the schema accepts, at any date (property)', () => {
		const scheduler = fsrs({ enable_fuzz: false });
		const date = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2099, 0, 1) }).map((t) => new Date(t).toISOString());
		const card = fc.record({
			due: date,
			stability: fc.double({ min: 0, max: 100_000, noNaN: true }),
			difficulty: fc.double({ min: 0, max: 10, noNaN: true }),
			elapsed_days: fc.integer({ min: 0, max: 1000 }),
			scheduled_days: fc.integer({ min: 0, max: 1000 }),
			learning_steps: fc.integer({ min: 0, max: 10 }),
			reps: fc.integer({ min: 0, max: 100 }),
			lapses: fc.integer({ min: 0, max: 100 }),
			state: fc.constantFrom(0, 1, 2, 3),
			last_review: fc.option(date, { nil: null })
		});
		fc.assert(
			fc.property(card, date, fc.boolean(), (candidate, at, helped) => {
				if (!v.is(cardSchema, candidate)) return;
				// Through the site's scheduler: never throws, and the card is not started afresh.
				const next = schedule(candidate, { score: 0.5, helped }, new Date(at));
				expect(next?.reps).toBe(candidate.reps + 1);
				// And ts-fsrs itself, at a date no earlier than the last review.
				const last = candidate.last_review ? Date.parse(candidate.last_review) : 0;
				const when = new Date(Math.max(last, Date.parse(at)));
				const fromStored = { ...candidate, due: new Date(candidate.due), last_review: candidate.last_review ? new Date(candidate.last_review) : undefined };
				expect(() => scheduler.next(fromStored, when, Rating.Hard)).not.toThrow();
			}),
			{ numRuns: 2000 }
		);
		expect(createEmptyCard().state).toBe(0);
	});
});

describe('a full device', () => {
	// A refused write is kept in memory for the visit (device.ts): each case gets fresh modules,
	// and "a reload" is another fresh set, with only what the device kept.
	async function visit() {
		vi.resetModules();
		return {
			...(await import('../../src/lib/storage/attempts')),
			...(await import('../../src/lib/storage/progress')),
			...(await import('../../src/lib/storage/backup'))
		};
	}

	it('leaves an unreadable attempt where it is when its copy cannot be stored, and does not write over it', async () => {
		const { loadAttempt, saveAttempt, newAttempt } = await visit();
		localStorage.setItem('icc:attempt:m', '{"damaged"');
		quota(20);
		expect(loadAttempt('m')).toEqual({ status: 'reset', setAside: false });
		const saved = saveAttempt({ ...newAttempt('m', 'practice', 1), answers: { q1: 'a' } });
		expect(saved.kept).toBe(false);
		expect(localStorage.getItem('icc:attempt:m')).toBe('{"damaged"');
	});

	it('keeps unreadable progress through a save the device refuses, and after a reload', async () => {
		const { recordAnswer } = await visit();
		const raw = JSON.stringify({ version: 1, modules: {}, items: { q1: { module: 'm', lastScore: 'x' } } });
		localStorage.setItem('icc:progress', raw);
		quota(raw.length + 12);
		const { kept } = await recordAnswer('m', 'q2', { score: 1, helped: false });
		expect(kept).toBe(false);
		expect(localStorage.getItem('icc:progress')).toBe(raw);
		vi.restoreAllMocks();
		const next = await visit();
		// still there, still set aside, not erased
		expect(next.loadProgress().progress.aside?.items.q1).toEqual({ module: 'm', lastScore: 'x' });
	});

	it('refuses an import the device cannot hold, and changes nothing', async () => {
		const { importBackup, exportBackup, newAttempt } = await visit();
		localStorage.setItem('icc:attempt:a', JSON.stringify(newAttempt('a', 'practice', 1)));
		const before = stored();
		const file = exportBackup(new Date(T0), {
			progress: JSON.stringify({ version: 1, modules: {}, items: {} }),
			'attempt:b': JSON.stringify(newAttempt('b', 'practice', 2)),
			'review-queue': 'x'.repeat(5000)
		});
		quota(JSON.stringify(before).length + 1000);
		expect(importBackup(file)).toEqual({ ok: false, error: 'storage-full' });
		expect(stored()).toEqual(before);
	});
});

describe('an unreadable entry', () => {
	const good = { module: 'm', lastScore: 1, lastAt: '2026-11-02T09:00:00.000Z', right: 1, wrong: 0 };

	it('sets aside only that entry: the rest of the progress is read', () => {
		localStorage.setItem(
			'icc:progress',
			JSON.stringify({ version: 1, modules: {}, items: { q1: good, q2: { ...good, right: 9007199254740992 }, q3: { ...good, lastAt: '9999-01-01T00:00:00.000Z' } } })
		);
		const loaded = loadProgress();
		expect(Object.keys(loaded.progress.items)).toEqual(['q1']);
		expect(loaded.aside).toBe(2);
		// in the backup too
		expect(JSON.parse(exportBackup()).keys.progress).toContain('9007199254740992');
	});

	it('restores what can be repaired, within bounds, and discards only when asked', () => {
		localStorage.setItem(
			'icc:progress',
			JSON.stringify({
				version: 1,
				modules: { m: { attempts: 2, best: 1e303, last: 50, lastAt: null, timeSpentMs: 1.6e303, objectives: {} } },
				items: { q2: { ...good, right: 9007199254740992, card: { state: 9 } }, q3: 'nonsense' }
			})
		);
		expect(restoreAside(new Date(T0))).toEqual({ restored: 2, left: 1, kept: true });
		const { progress } = loadProgress();
		expect(progress.modules.m.best).toBe(100);
		expect(progress.items.q2.right).toBe(1_000_000);
		expect(progress.items.q2.card).toBeUndefined();
		expect(progress.aside?.items).toEqual({ q3: 'nonsense' });
		discardAside();
		expect(loadProgress().aside).toBe(0);
	});
});

describe('hostile ids in an imported backup', () => {
	it('imports ids named like Object.prototype members as ordinary entries', () => {
		localStorage.setItem('icc:progress', JSON.stringify({ version: 1, modules: {}, items: {} }));
		const item = { module: 'valueOf', lastScore: 0.5, lastAt: '2026-11-02T09:00:00.000Z', right: 0, wrong: 1 };
		const module = { attempts: 1, best: 40, last: 40, lastAt: '2026-11-02T09:00:00.000Z', timeSpentMs: 10, objectives: { toString: 1 } };
		const progress = { version: 1, modules: { valueOf: module }, items: { toString: item, hasOwnProperty: item, constructor: item } };
		const result = importBackup(exportBackup(new Date(T0), { progress: JSON.stringify(progress) }));
		expect(result).toEqual({ ok: true, report: { modules: 1, items: 3, attempts: 0, aside: 0 } });
		const loaded = loadProgress();
		expect(loaded.aside).toBe(0);
		expect(Object.keys(loaded.progress.items).sort()).toEqual(['constructor', 'hasOwnProperty', 'toString']);
		expect(loaded.progress.modules['valueOf'].best).toBe(40);
		// and once more, onto a device that already holds them: merged, not crashed
		expect(importBackup(exportBackup(new Date(T0), { progress: JSON.stringify(progress) })).ok).toBe(true);
		expect(loadProgress().progress.items['toString'].wrong).toBe(1);
	});
});

describe('export, erase, import', () => {
	const key = fc.oneof(
		fc.constantFrom('progress', 'review-queue', 'theme', 'attempt:01-jurisdiction', 'assignment:abc', 'backup:progress:1'),
		// the site's keys: a kind, then ids (module slugs, assignment ids, times)
		fc.stringMatching(/^(attempt|assignment|backup|class-files):[a-z0-9:._-]{1,30}$/)
	);
	it('gives back the same device, byte for byte (property)', () => {
		fc.assert(
			fc.property(fc.dictionary(key, fc.string({ maxLength: 200 }), { maxKeys: 8 }), (device) => {
				localStorage.clear();
				for (const [k, value] of Object.entries(device)) localStorage.setItem(`icc:${k}`, value);
				const before = deviceSnapshot();
				const file = exportBackup();
				eraseEverything();
				expect(deviceSnapshot()).toEqual({});
				expect(importBackup(file).ok).toBe(true);
				expect(deviceSnapshot()).toEqual(before);
			}),
			{ numRuns: 1000 }
		);
	});

	it('keeps an attempt in progress, an assignment record and what was set aside', () => {
		saveAttempt({ ...newAttempt('m', 'practice', 3), answers: { q1: 'a' } });
		localStorage.setItem('icc:assignment:x', JSON.stringify({ v: 1, name: 'Léa' }));
		localStorage.setItem('icc:backup:attempt:m:1', '{"old"');
		const before = stored();
		const file = exportBackup();
		eraseEverything();
		importBackup(file);
		expect(stored()).toEqual(before);
	});

	it('undoes "erase everything"', () => {
		saveAttempt({ ...newAttempt('m', 'practice', 3), answers: { q1: 'a' } });
		const before = stored();
		const erased = eraseEverything();
		expect(localStorage.length).toBe(0);
		expect(undoErase(erased)).toBe(true);
		expect(stored()).toEqual(before);
	});
});

describe('a tab closed right after Check', () => {
	it('has the answer in progress before the scheduler has loaded', async () => {
		// a fresh page: the scheduler (loaded on the first answer) is not there yet
		vi.resetModules();
		const fresh = await import('../../src/lib/storage/progress');
		void fresh.recordAnswer('m', 'q1', { score: 0, helped: false }, new Date(T0));
		// synchronously, before any await: the answer is stored, its scheduling pending
		const item = JSON.parse(localStorage.getItem('icc:progress')!).items.q1;
		expect(item).toMatchObject({ lastScore: 0, wrong: 1, pending: [{ score: 0, helped: false }] });
	});

	it('reads the record once in the Check before the scheduler has loaded, and schedules it when it has', async () => {
		vi.resetModules();
		const fresh = await import('../../src/lib/storage/progress');
		const getItem = vi.spyOn(Storage.prototype, 'getItem');
		const done = fresh.recordAnswer('m', 'q1', { score: 0, helped: false }, new Date(T0));
		// synchronously (the Check's own task): one read of the record, no second one to find it pending
		const reads = getItem.mock.calls.filter(([key]) => key === 'icc:progress').length;
		getItem.mockRestore();
		expect(reads).toBe(1);
		await done;
		const item = loadProgress().progress.items.q1;
		expect(item.pending).toBeUndefined();
		expect(item.card?.state).toBeGreaterThan(0);
	});

	it('with the scheduler loaded ahead (the learner reached for the quiz), stores and schedules the first answer in one write', async () => {
		vi.resetModules();
		const fresh = await import('../../src/lib/storage/progress');
		await fresh.loadScheduler();
		const setItem = vi.spyOn(Storage.prototype, 'setItem');
		void fresh.recordAnswer('m', 'q1', { score: 0, helped: false }, new Date(T0));
		const writes = setItem.mock.calls.filter(([key]) => key === 'icc:progress');
		setItem.mockRestore();
		expect(writes).toHaveLength(1);
		const item = JSON.parse(writes[0][1]).items.q1;
		expect(item.pending).toBeUndefined();
		expect(item.card.state).toBeGreaterThan(0);
	});

	it('once the scheduler is loaded, schedules the answer in the same write', async () => {
		await recordAnswer('m', 'q0', { score: 1, helped: false }, new Date(T0));
		void recordAnswer('m', 'q1', { score: 0, helped: false }, new Date(T0));
		// synchronously: stored and already scheduled, nothing left pending
		const item = JSON.parse(localStorage.getItem('icc:progress')!).items.q1;
		expect(item).toMatchObject({ lastScore: 0, wrong: 1 });
		expect(item.pending).toBeUndefined();
		expect(item.card.state).toBeGreaterThan(0);
	});

	it('schedules it on the next visit', async () => {
		void recordAnswer('m', 'q1', { score: 0, helped: false }, new Date(T0));
		await catchUpScheduling();
		const item = loadProgress().progress.items.q1;
		expect(item.pending).toBeUndefined();
		expect(item.card?.state).toBeGreaterThan(0);
	});
});

describe('class results kept on a teacher\'s device', () => {
	const receipt = (i: number) => ({ name: `r${i}.json`, text: `${i}:`.padEnd(2000, 'x') });
	const receipts = (count: number) => Array.from({ length: count }, (_, i) => receipt(i));
	const classKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('icc:class-'));

	it('does not even try to write more than the device could keep, and says it is not kept', async () => {
		const { saveClassFiles, loadClassFiles } = await import('../../src/lib/storage/class-files');
		expect(await saveClassFiles('a', receipts(30), '')).toBe(true);
		expect(await saveClassFiles('b', Array.from({ length: 3000 }, () => ({ name: 'r.json', text: 'x'.repeat(3000) })), '')).toBe(false);
		expect(loadClassFiles().map((saved) => saved.assignmentId)).toEqual(['a']);
	});

	it('writes a class in parts of at most about 50,000 characters, and reads them back whole and in order', async () => {
		const { saveClassFiles, loadClassFiles } = await import('../../src/lib/storage/class-files');
		const setItem = vi.spyOn(Storage.prototype, 'setItem');
		expect(await saveClassFiles('a', receipts(300), 'https://example.org/#a')).toBe(true);
		const sizes = setItem.mock.calls.map(([, value]) => value.length);
		setItem.mockRestore();
		expect(sizes.length).toBeGreaterThan(10);
		expect(Math.max(...sizes)).toBeLessThan(55_000);
		expect(loadClassFiles()).toEqual([{ assignmentId: 'a', link: 'https://example.org/#a', files: receipts(300) }]);
	});

	it('keeps what was there when the device refuses a part, and leaves no part behind', async () => {
		const { saveClassFiles, loadClassFiles } = await import('../../src/lib/storage/class-files');
		expect(await saveClassFiles('a', receipts(10), 'old')).toBe(true);
		const before = classKeys().sort();
		// a device that takes two parts of the new class, then is full
		let writes = 0;
		const original = Storage.prototype.setItem;
		Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
			if (++writes > 2) throw new DOMException('full', 'QuotaExceededError');
			original.call(this, key, value);
		};
		try {
			expect(await saveClassFiles('a', receipts(300), 'new')).toBe(false);
		} finally {
			Storage.prototype.setItem = original;
		}
		expect(classKeys().sort()).toEqual(before);
		expect(loadClassFiles()).toEqual([{ assignmentId: 'a', link: 'old', files: receipts(10) }]);
	});

	it('reads the first format, replaces it, and erases every part of an assignment', async () => {
		const { saveClassFiles, loadClassFiles, eraseClassFiles } = await import('../../src/lib/storage/class-files');
		localStorage.setItem('icc:class-results:a', JSON.stringify({ v: 1, link: '', files: receipts(2) }));
		expect(loadClassFiles()).toEqual([{ assignmentId: 'a', link: '', files: receipts(2) }]);
		expect(await saveClassFiles('a', receipts(100), '')).toBe(true);
		expect(await saveClassFiles('b', receipts(3), '')).toBe(true);
		expect(loadClassFiles().find((saved) => saved.assignmentId === 'a')?.files).toHaveLength(100);
		eraseClassFiles('a');
		expect(classKeys().every((key) => key.includes(':b'))).toBe(true);
		expect(loadClassFiles().map((saved) => saved.assignmentId)).toEqual(['b']);
	});

	it('sets an unreadable part aside and keeps the readable ones; removes parts a cut-short write left', async () => {
		const { saveClassFiles, loadClassFiles } = await import('../../src/lib/storage/class-files');
		expect(await saveClassFiles('a', receipts(100), '')).toBe(true);
		const [firstPart] = classKeys().filter((key) => key.startsWith('icc:class-parts:')).sort();
		localStorage.setItem(firstPart, '{broken');
		const stray = 'icc:class-parts:a:' + (Date.now() - 120_000).toString(36) + '0000:0';
		localStorage.setItem(stray, '[]');
		const files = loadClassFiles()[0].files;
		expect(files.length).toBeGreaterThan(0);
		expect(files.length).toBeLessThan(100);
		expect(files).toEqual(receipts(100).slice(100 - files.length));
		expect(Object.keys(localStorage).some((key) => key.startsWith('icc:backup:class-parts:a:') && localStorage.getItem(key) === '{broken')).toBe(true);
		expect(localStorage.getItem(stray)).toBeNull();
	});
});
