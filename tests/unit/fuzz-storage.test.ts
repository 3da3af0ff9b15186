// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadAttempt, parseAttempt } from '../../src/lib/storage/attempts';
import { importBackup } from '../../src/lib/storage/backup';
import { loadProgress, readProgress } from '../../src/lib/storage/progress';

// Whatever is stored on the device or handed in as a file, reading it never throws: it is either
// read, or set aside with a code the page turns into a clear message.
const RUNS = 10_000;

// JSON-ish values, including shapes close to the real ones, and hostile strings.
const hostile = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '__proto__', 'constructor', '\u0000', '💥');
const value = fc.letrec((tie) => ({
	any: fc.oneof(
		{ depthSize: 'small' },
		fc.constant(null),
		fc.boolean(),
		fc.double(),
		fc.string(),
		hostile,
		fc.array(tie('any'), { maxLength: 4 }),
		fc.dictionary(fc.oneof(fc.string(), hostile), tie('any'), { maxKeys: 4 })
	)
})).any;
const nearProgress = fc.record({ version: fc.oneof(fc.constant(1), fc.integer()), modules: value, items: value });
const nearBackup = fc.record({
	format: fc.oneof(fc.constant('icc-explainer-backup'), fc.string()),
	version: fc.oneof(fc.constant(1), value),
	exportedAt: fc.oneof(fc.string(), hostile),
	progress: fc.oneof(nearProgress, value),
	attempts: value
});

beforeEach(() => localStorage.clear());

describe('fuzzing what the device or a file may hold', () => {
	it('parses any stored progress or attempt without throwing', () => {
		fc.assert(
			fc.property(fc.oneof(value, nearProgress), (v) => {
				const progress = readProgress(v);
				const attempt = parseAttempt(v);
				// whatever it is: progress of this version, what could not be read set aside
				expect(progress.version).toBe(1);
				expect(attempt === undefined || typeof attempt.seed === 'number').toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});

	it('loads any raw stored string: read, or set aside and reported', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), value.map((v) => JSON.stringify(v) ?? 'null')), (raw) => {
				localStorage.setItem('icc:attempt:01-jurisdiction', raw);
				localStorage.setItem('icc:progress', raw);
				const attempt = loadAttempt('01-jurisdiction');
				const progress = loadProgress();
				expect(['none', 'ok', 'reset']).toContain(attempt.status);
				expect(progress.aside).toBeGreaterThanOrEqual(0);
				// Nothing the learner had is lost: an unreadable attempt is kept under a backup key,
				// unreadable progress inside the progress record (set aside, offered back).
				if (attempt.status === 'reset') {
					const backups = Object.keys(localStorage).filter((k) => k.startsWith('icc:backup:attempt:01-jurisdiction:'));
					expect(backups.map((k) => localStorage.getItem(k))).toEqual([raw]);
				}
				if (progress.aside) expect(JSON.stringify(progress.progress.aside)).not.toBe('{}');
				localStorage.clear();
			}),
			{ numRuns: RUNS }
		);
	});

	it('imports any file: merged with a report, or refused with a reason, never throwing', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), nearBackup.map((b) => JSON.stringify(b))), (text) => {
				const before = localStorage.getItem('icc:progress');
				const result = importBackup(text);
				if (result.ok) expect(result.report.modules).toBeGreaterThanOrEqual(0);
				else {
					expect(['not-json', 'not-a-backup', 'unreadable-progress', 'too-large', 'storage-full']).toContain(result.error);
					expect(localStorage.getItem('icc:progress')).toBe(before);
				}
			}),
			{ numRuns: RUNS }
		);
	});
});
