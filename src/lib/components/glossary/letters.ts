// The glossary's A–Z index: each term filed under its first letter, accents folded (É under E);
// a term starting with anything else (a digit, a sign) under "#".
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export function letterOf(term: string): string {
	const first = term.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
	return ALPHABET.includes(first) ? first : '#';
}

/** Text compared by the filter: lower case, accents folded. */
export function folded(text: string): string {
	return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Entries (already sorted) grouped by letter, in the order they come. */
export function byLetter<T extends { term: string }>(entries: T[]): { letter: string; entries: T[] }[] {
	const groups: { letter: string; entries: T[] }[] = [];
	for (const entry of entries) {
		const letter = letterOf(entry.term);
		const last = groups.at(-1);
		if (last?.letter === letter) last.entries.push(entry);
		else groups.push({ letter, entries: [entry] });
	}
	return groups;
}
