// The dispatcher receives a LearnerInput union (or whatever was restored from storage): before a
// validator or scorer sees it, it is read as the shape its question type expects. A value of the
// wrong shape becomes that type's empty input, so it is reported as incomplete, never thrown on.
import type { InputOf, QuestionType } from './types';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
	return typeof value === 'string' ? value : null;
}

function strings(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

function choices(value: unknown): Record<string, string | null> {
	if (!isRecord(value)) return {};
	// fromEntries defines own properties: a "__proto__" key from stored JSON stays a plain key
	return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, stringOrNull(entry)]));
}

const coercers: { [T in QuestionType]: (value: unknown) => InputOf<T> } = {
	single: stringOrNull,
	multiple: strings,
	truefalse: (value) => (typeof value === 'boolean' ? value : null),
	short: (value) => (typeof value === 'string' ? value : ''),
	numeric: (value) =>
		typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '',
	ordering: strings,
	matching: choices,
	cloze: choices,
	case: choices,
	evidence: strings
};

export function coerceInput<T extends QuestionType>(type: T, value: unknown): InputOf<T> {
	return coercers[type](value);
}
