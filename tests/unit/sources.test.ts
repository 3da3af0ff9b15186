import { describe, expect, it } from 'vitest';
import { findQuote, getSource, sources } from '../../src/lib/content/sources';
import { resolveCitation } from '../../src/lib/content/citations';

describe('source library', () => {
	it('holds the five documents and the primary texts', () => {
		const documents = sources.filter((s) => s.kindGroup === 'document').map((s) => s.id);
		expect(documents).toEqual(
			expect.arrayContaining([
				'trt-2025-07-cyberattaque-cpi',
				'cpi-bdp-2024-01-22-conference-cyber',
				'amnesty-2025-12-01-aep-sanctions',
				'datanews-2025-05-microsoft-boite-mail',
				'next-2025-06-11-microsoft-nie'
			])
		);
		expect(sources.filter((s) => s.kindGroup === 'primary').length).toBeGreaterThanOrEqual(9);
	});

	it('keeps page furniture out of the article paragraphs', () => {
		const amnesty = getSource('amnesty-2025-12-01-aep-sanctions')!;
		expect(amnesty.paragraphs.some((p) => p.text.includes('Espace journalistes'))).toBe(false);
		expect(amnesty.paragraphs.some((p) => p.text.includes('Intellexa'))).toBe(false);
		expect(amnesty.furnitureBlocks.map((b) => b.kind)).toEqual(
			expect.arrayContaining(['contact', 'teaser', 'feed', 'pull-quote'])
		);
		const next = getSource('next-2025-06-11-microsoft-nie')!;
		expect(next.paragraphs.some((p) => p.text.includes('Quel dilemme'))).toBe(false);
		expect(next.furnitureBlocks.find((b) => b.kind === 'comments')?.text).toContain('Quel dilemme');
	});

	it('numbers paragraphs from 1 without gaps, so anchors stay stable', () => {
		for (const source of sources) {
			expect(source.paragraphs.map((p) => p.n)).toEqual(source.paragraphs.map((_, i) => i + 1));
		}
	});

	it('joins wrapped lines of a primary text into one paragraph', () => {
		const order = getSource('eo-14203')!;
		// This sentence is wrapped over two lines in the file.
		expect(findQuote(order, 'I hereby declare a national emergency to address that threat.')).toBeDefined();
	});

	it('finds a quote only verbatim: white space aside, nothing else normalised', () => {
		const trt = getSource('trt-2025-07-cyberattaque-cpi')!;
		expect(findQuote(trt, 'l’institution   judiciaire\nonusienne')?.n).toBe(1);
		expect(findQuote(trt, "l'institution judiciaire onusienne")).toBeUndefined();
		expect(findQuote(trt, 'L’institution judiciaire onusienne')).toBeUndefined();
	});

	it('refuses a quote that stands only in the furniture', () => {
		const result = resolveCitation({ source: 'next-2025-06-11-microsoft-nie', quote: 'Quel dilemme' }, 'fr');
		expect(result.ok).toBe(false);
	});

	it('reports the closest passage when a quote is not verbatim', () => {
		const result = resolveCitation(
			{ source: 'trt-2025-07-cyberattaque-cpi', quote: 'une tentative serieuse de saper le mandat de la Cour' },
			'fr'
		);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problem).toContain('une tentative sérieuse de saper le mandat de la Cour');
	});

	it('asks for our translation when the quote is in another language than the page', () => {
		const ref = { source: 'trt-2025-07-cyberattaque-cpi', quote: 'l’institution judiciaire onusienne' };
		expect(resolveCitation(ref, 'fr').ok).toBe(true);
		expect(resolveCitation(ref, 'en').ok).toBe(false);
		expect(resolveCitation({ ...ref, translation: { en: 'the UN judicial institution' } }, 'en').ok).toBe(true);
	});
});
