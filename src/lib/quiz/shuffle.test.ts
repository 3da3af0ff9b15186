// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { deriveSeed, hashString, mulberry32, newSeed, shuffle } from './shuffle';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('mulberry32', () => {
	it('repeats its sequence for the same seed and yields floats in [0, 1)', () => {
		const first = mulberry32(42);
		const second = mulberry32(42);
		for (let index = 0; index < 1000; index++) {
			const value = first();
			expect(value).toBe(second());
			expect(value).toBeGreaterThanOrEqual(0);
			expect(value).toBeLessThan(1);
		}
	});

	it('gives different sequences for different seeds', () => {
		expect(mulberry32(1)()).not.toBe(mulberry32(2)());
	});
});

describe('hashString and deriveSeed', () => {
	it('are deterministic 32-bit unsigned integers', () => {
		expect(hashString('j-crimes')).toBe(hashString('j-crimes'));
		for (const text of ['', 'a', 'j-crimes', 'é€😀']) {
			const hash = hashString(text, 7);
			expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32).toBe(true);
		}
	});

	it('separates close ids and attempts', () => {
		expect(hashString('q1')).not.toBe(hashString('q2'));
		expect(deriveSeed(1, 'q1')).not.toBe(deriveSeed(2, 'q1'));
		// the path parts are kept apart: ("ab", "c") is not ("a", "bc")
		expect(deriveSeed(1, 'ab', 'c')).not.toBe(deriveSeed(1, 'a', 'bc'));
	});
});

describe('shuffle', () => {
	it('returns a permutation, the same for the same seed, and leaves the input alone', () => {
		const input = [...letters];
		const once = shuffle(input, 123);
		expect(shuffle(input, 123)).toEqual(once);
		expect([...once].sort()).toEqual(letters);
		expect(input).toEqual(letters);
	});

	it('gives different orders for different seeds', () => {
		const orders = new Set(Array.from({ length: 20 }, (_, seed) => shuffle(letters, seed).join('')));
		expect(orders.size).toBeGreaterThan(15);
	});

	it('puts each element in each place about equally often', () => {
		const runs = 12_000;
		const counts = [0, 0, 0, 0];
		for (let seed = 0; seed < runs; seed++) counts[shuffle([0, 1, 2, 3], deriveSeed(seed, 'uniformity')).indexOf(0)]++;
		// expected 3000 each; ±300 is about 6 standard deviations
		for (const count of counts) expect(Math.abs(count - runs / 4)).toBeLessThan(300);
	});

	it('handles empty and one-element arrays', () => {
		expect(shuffle([], 1)).toEqual([]);
		expect(shuffle(['x'], 1)).toEqual(['x']);
	});
});

describe('newSeed', () => {
	it("draws a whole 32-bit seed from the platform's cryptographic generator", () => {
		const spy = vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation((array) => {
			(array as Uint32Array)[0] = 0xffffffff;
			return array;
		});
		expect(newSeed()).toBe(0xffffffff);
		expect(spy).toHaveBeenCalledOnce();
		spy.mockRestore();
		const seeds = Array.from({ length: 50 }, newSeed);
		expect(seeds.every((seed) => Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32)).toBe(true);
		expect(new Set(seeds).size).toBeGreaterThan(45);
	});
});
