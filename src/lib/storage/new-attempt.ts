// A new attempt, and the version of the attempt's shape. Apart from attempts.ts (the validated
// reading and the device) so that a page with its own store (the SCORM package) can start an
// attempt without the schemas (valibot).
import { newSession } from '../quiz/session';
import type { SavedAttempt } from './attempts';

// Version 3 added the trail (every checked answer, `tries`): credit is read from it (attempts.ts).
export const ATTEMPT_VERSION = 3;

export function newAttempt(module: string, mode: SavedAttempt['mode'], seed: number): SavedAttempt {
	const now = new Date().toISOString();
	return {
		version: ATTEMPT_VERSION,
		module,
		seed,
		...newSession(mode),
		answeredAt: {},
		rev: 0,
		answeredRev: {},
		startedAt: now,
		updatedAt: now,
		timeSpentMs: 0
	};
}
