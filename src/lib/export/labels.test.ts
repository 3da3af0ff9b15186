import { describe, expect, it } from 'vitest';
import { labels } from './labels';

// The words now come from the message catalogue: what the exports wrote before must not change.
describe('export labels', () => {
	it('numbers the places of an ordering question as before: 1st, 2nd, 3rd, 4th, 11th… / 1er, 2e…', () => {
		const english = (n: number) => {
			const tens = n % 100;
			if (tens >= 11 && tens <= 13) return `${n}th`;
			return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
		};
		for (let n = 0; n <= 250; n++) {
			expect(labels.en.ordinal(n)).toBe(english(n));
			expect(labels.fr.ordinal(n)).toBe(n === 1 ? '1er' : `${n}e`);
		}
	});

	it('names a blank and keeps the LMS words of both languages', () => {
		expect(labels.fr.blankName('q-7', 2, 3)).toBe('q-7 (trou 2 sur 3)');
		expect(labels.en.blankName('q-7', 2, 3)).toBe('q-7 (blank 2 of 3)');
		expect(labels.fr.otherBlank(4)).toBe('[4]');
		expect(labels.fr.finish).toBe('Enregistrer et quitter');
		expect(labels.en.sources).toBe('What the sources say');
		expect(labels.fr.ourTranslation).toBe('notre traduction\u202f:');
	});
});
