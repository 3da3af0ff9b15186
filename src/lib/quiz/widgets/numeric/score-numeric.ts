// Numeric: 1 if the typed number is within the key's bounds, else 0. No partial credit.
// Bounds: answer ± tolerance (tolerance 0: exact), or an inclusive range [min, max].
// A tiny relative slack absorbs binary floating point (0.3 + 0.1 is not 0.4 in IEEE 754).
// parts: { answer }. feedback: 'too-low' or 'too-high' when wrong and a number was typed.
import { graded } from '../../result';
import type { Graded, NumericBounds, NumericInput, NumericKey } from '../../types';
import { parseNumber } from './parse-number';

const RELATIVE_SLACK = 1e-9;

function slack(...values: number[]): number {
	return RELATIVE_SLACK * Math.max(1, ...values.map(Math.abs));
}

function interval(answer: number, bounds: NumericBounds): [number, number] {
	return bounds.kind === 'range'
		? [bounds.min, bounds.max]
		: [answer - bounds.tolerance, answer + bounds.tolerance];
}

export function scoreNumeric(input: NumericInput, key: NumericKey): Graded {
	const value = parseNumber(input);
	if (value === null) return graded(0, { answer: false });
	const [min, max] = interval(key.answer, key.bounds);
	const margin = slack(min, max);
	if (value < min - margin) return graded(0, { answer: false }, ['too-low']);
	if (value > max + margin) return graded(0, { answer: false }, ['too-high']);
	return graded(1, { answer: true });
}
