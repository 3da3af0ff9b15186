import { describe, expect, it } from 'vitest';
import { resolveCitation } from '../../src/lib/content/citations';
import { collectQuotes } from './collect';

// Every quote cited anywhere on the site stands verbatim (white space aside) in an article
// paragraph of its source, and has our translation wherever a page is in another language.
const quotes = collectQuotes();

describe('citation check', () => {
	it('finds quotes to check', () => {
		expect(quotes.length).toBeGreaterThan(0);
	});

	it.each(quotes.map((q) => [`${q.file} ${q.where} (${q.lang} page): ${q.ref.quote.slice(0, 60)}`, q] as const))(
		'%s',
		(_, q) => {
			const result = resolveCitation(q.ref, q.lang);
			// On failure the message names the file, the source id, the quote and the closest passage.
			expect(result.ok ? 'ok' : `${q.file} (${q.where}, ${q.lang} page): ${result.problem}`).toBe('ok');
		}
	);
});
