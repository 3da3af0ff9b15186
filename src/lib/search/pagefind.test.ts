import { describe, expect, it } from 'vitest';
import { excerptParts } from './pagefind';

describe('search excerpts', () => {
	it('marks the matches and keeps everything else as text', () => {
		expect(excerptParts('la <mark>Cour</mark> pénale &amp; <b>x</b>')).toEqual([
			{ text: 'la ', mark: false },
			{ text: 'Cour', mark: true },
			{ text: ' pénale & x', mark: false }
		]);
	});

	it('never lets markup through, even inside a match', () => {
		const parts = excerptParts('<mark><img src=x onerror=alert(1)></mark>&lt;script&gt;');
		expect(parts.map((p) => p.text).join('')).toBe('<script>');
		expect(parts.some((p) => p.text.includes('<img'))).toBe(false);
	});
});
