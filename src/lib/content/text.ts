// Quotes are compared with every run of white space folded to one space, and nothing else
// normalised: apostrophes, quotation marks, accents and capitals must match to the letter.
export function foldSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Character bigrams, for finding the passage closest to a quote that does not match. */
function bigrams(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (let i = 0; i < text.length - 1; i++) {
		const pair = text.slice(i, i + 2);
		counts.set(pair, (counts.get(pair) ?? 0) + 1);
	}
	return counts;
}

function dice(a: string, b: string): number {
	const x = bigrams(a);
	const y = bigrams(b);
	let shared = 0;
	for (const [pair, n] of x) shared += Math.min(n, y.get(pair) ?? 0);
	const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
	return total === 0 ? 0 : (2 * shared) / total;
}

/** The window of `haystack` (in words) most similar to `needle`: shown when a quote is not found. */
export function closestPassage(haystacks: string[], needle: string): string {
	const target = foldSpace(needle);
	const size = target.split(' ').length;
	let best = { score: -1, text: '' };
	for (const haystack of haystacks) {
		const words = foldSpace(haystack).split(' ');
		for (let start = 0; start <= Math.max(0, words.length - size); start++) {
			const window = words.slice(start, start + size).join(' ');
			const score = dice(window, target);
			if (score > best.score) best = { score, text: window };
		}
	}
	return best.text;
}
