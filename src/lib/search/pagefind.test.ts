import { describe, expect, it } from 'vitest';
import { excerptParts, resultHref } from './pagefind';

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

describe('result links', () => {
	it('carry the words searched for, before the fragment', () => {
		expect(resultHref('/fr/modules/01-jurisdiction/qui-peut-saisir/', 'Conseil de sécurité')).toBe(
			'/fr/modules/01-jurisdiction/qui-peut-saisir/?highlight=Conseil%20de%20s%C3%A9curit%C3%A9'
		);
		expect(resultHref('/en/glossary/#term-x', ' state ')).toBe('/en/glossary/?highlight=state#term-x');
		expect(resultHref('/en/glossary/', '  ')).toBe('/en/glossary/');
	});
});
