import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightSearch } from '../../src/lib/head/enhance';

// A page opened from a search result highlights the words searched for (CSS Custom Highlight API,
// faked here: jsdom has none), at the start of words only, accents and case aside.
class FakeHighlight {
	ranges: Range[];
	constructor(...ranges: Range[]) {
		this.ranges = ranges;
	}
}

function open(search: string, body: string) {
	history.replaceState(null, '', `/fr/modules/x/step/${search}`);
	document.body.innerHTML = `<main><article data-pagefind-body>${body}</article></main>`;
	const highlights = new Map<string, FakeHighlight>();
	vi.stubGlobal('Highlight', FakeHighlight);
	vi.stubGlobal('CSS', { highlights });
	Element.prototype.scrollIntoView = vi.fn();
	highlightSearch();
	return highlights.get('search')?.ranges.map((r) => r.toString()) ?? [];
}

afterEach(() => {
	vi.unstubAllGlobals();
	document.body.innerHTML = '';
});

describe('search words highlighted on arrival', () => {
	it('marks each word where it starts a word, whatever its case and accents', () => {
		const found = open('?highlight=securite%20conseil', '<p>Le Conseil de <em>sécurité</em> et la Sécurité ; insécurité.</p>');
		expect(found.sort()).toEqual(['Conseil', 'Sécurité', 'sécurité'].sort());
	});

	it('does nothing without words, or outside the page body', () => {
		expect(open('', '<p>Conseil</p>')).toEqual([]);
		history.replaceState(null, '', '/fr/?highlight=menu');
		document.body.innerHTML = '<header>menu</header><main><article data-pagefind-body>texte</article></main>';
		const highlights = new Map();
		vi.stubGlobal('Highlight', FakeHighlight);
		vi.stubGlobal('CSS', { highlights });
		highlightSearch();
		expect(highlights.size).toBe(0);
	});
});
