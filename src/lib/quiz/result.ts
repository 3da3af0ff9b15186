import type { Graded, Invalid, InvalidCode } from './types';

/** Builds a graded result; `correct` is derived so that it can never disagree with the score. */
export function graded(score: number, parts: Record<string, boolean>, feedback: string[] = []): Graded {
	// NaN would slip through Math.min/max; an unexpected NaN means "nothing earned".
	const clamped = Number.isNaN(score) ? 0 : Math.min(1, Math.max(0, score));
	return { kind: 'graded', score: clamped, correct: clamped === 1, parts, feedback };
}

export function invalid(code: InvalidCode, count?: number): Invalid {
	return count === undefined ? { kind: 'invalid', code } : { kind: 'invalid', code, count };
}

/** The share of true values; 0 when there are none (an empty key earns nothing). */
export function shareTrue(values: boolean[]): number {
	if (values.length === 0) return 0;
	return values.filter(Boolean).length / values.length;
}
