// The glossary's A–Z index: each term filed under its first letter, accents folded (É under E);
// a term starting with anything else (a digit, a letter outside A–Z) under "#".
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export function letterOf(term: string): string {
	// leading quotation marks and the like are passed over
	const first = term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/^[^\p{L}\p{N}]+/u, '').charAt(0).toUpperCase();
	return ALPHABET.includes(first) ? first : '#';
}

/** Text compared by the filter: lower case, accents folded. */
export function folded(text: string): string {
	return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Entries (already sorted) grouped by letter, A to Z then "#"; each group keeps their order. */
export function byLetter<T extends { term: string }>(entries: T[]): { letter: string; entries: T[] }[] {
	const groups = new Map<string, T[]>();
	for (const entry of entries) {
		const letter = letterOf(entry.term);
		groups.set(letter, [...(groups.get(letter) ?? []), entry]);
	}
	return [...ALPHABET, '#'].filter((l) => groups.has(l)).map((letter) => ({ letter, entries: groups.get(letter)! }));
}
