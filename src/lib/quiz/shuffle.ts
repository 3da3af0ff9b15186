// The site's one random source. Everything random is drawn from a 32-bit seed: a fresh one from
// `newSeed` (an attempt, an assignment's draw for a student, an assignment id), and from a seed,
// deterministically, everything else (`mulberry32`, `deriveSeed`, `shuffle`): the same seed always
// gives the same order, so a reload (or a return to the quiz) shows the options where the learner
// left them. Not for anything secret.

/** A fresh 32-bit seed, from the platform's cryptographic generator (Math.random where there is none). */
export function newSeed(): number {
	if (globalThis.crypto?.getRandomValues) return globalThis.crypto.getRandomValues(new Uint32Array(1))[0];
	return Math.floor(Math.random() * 2 ** 32);
}

/** mulberry32: a tiny, fast 32-bit PRNG; returns a function yielding floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A 32-bit hash of a string mixed with a seed (FNV-1a, then murmur3's finaliser so that close
 * inputs such as "q1" and "q2" give unrelated seeds).
 */
export function hashString(text: string, seed = 0): number {
	let hash = (0x811c9dc5 ^ seed) >>> 0;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85ebca6b);
	hash ^= hash >>> 13;
	hash = Math.imul(hash, 0xc2b2ae35);
	hash ^= hash >>> 16;
	return hash >>> 0;
}

/** The seed of one question (or one part of it) within an attempt. */
export function deriveSeed(attemptSeed: number, ...path: string[]): number {
	return hashString(path.join('\u0000'), attemptSeed);
}

/** A shuffled copy (Fisher–Yates); the input is left untouched. */
export function shuffle<T>(array: readonly T[], seed: number): T[] {
	const random = mulberry32(seed);
	const result = [...array];
	for (let index = result.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[result[index], result[other]] = [result[other], result[index]];
	}
	return result;
}
