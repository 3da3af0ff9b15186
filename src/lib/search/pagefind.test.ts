import { describe, expect, it } from 'vitest';
import { createSearch, excerptParts, resultHref, SOURCES_INDEX, SOURCES_RETRY_MS, type PagefindModule } from './pagefind';

/** A Pagefind stand-in: the sources' index can be had when `up.sources`; counts the merges tried. */
function fakePagefind() {
	const up = { sources: false };
	let merges = 0;
	const engine: PagefindModule = {
		createInstance: () => {
			let merged: boolean | undefined;
			return {
				mergeIndex: async (path: string) => {
					merges++;
					merged = path === SOURCES_INDEX && up.sources;
					if (!merged) throw new Error('Failed to load Pagefind metadata');
				},
				search: async () => {
					// as Pagefind 1.5: an instance whose merge failed fails every search
					if (merged === false) throw new Error('Failed to load Pagefind metadata');
					const urls = merged ? ['/fr/glossary/', '/fr/sources/statut-de-rome/'] : ['/fr/glossary/'];
					return { results: urls.map((url) => ({ data: async () => ({ url, excerpt: '', meta: { title: url } }) })) };
				}
			};
		}
	};
	return { engine, up, merges: () => merges };
}

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

describe('the sources in the search', () => {
	it('are searched with the lessons when their index can be had', async () => {
		const pagefind = fakePagefind();
		pagefind.up.sources = true;
		const found = await createSearch(async () => pagefind.engine)('statut');
		expect(found?.sources).toBe(true);
		expect(found?.hits.map((h) => h.url)).toContain('/fr/sources/statut-de-rome/');
	});

	it('are left out when they cannot be had, then asked for again a while later, not at every search', async () => {
		const pagefind = fakePagefind();
		let clock = 1_000;
		const search = createSearch(async () => pagefind.engine, () => clock);
		const first = await search('statut');
		expect(first).toEqual({ hits: [{ url: '/fr/glossary/', title: '/fr/glossary/', excerpt: '' }], sources: false });
		expect(pagefind.merges()).toBe(1);
		// kept meanwhile (another tab opened a source): not asked for before the delay
		pagefind.up.sources = true;
		clock += SOURCES_RETRY_MS - 1;
		expect((await search('statut'))?.sources).toBe(false);
		expect(pagefind.merges()).toBe(1);
		clock += 1;
		const later = await search('statut');
		expect(later?.sources).toBe(true);
		expect(later?.hits.map((h) => h.url)).toContain('/fr/sources/statut-de-rome/');
		expect(pagefind.merges()).toBe(2);
	});

	it('are asked for again as soon as the device is back online', async () => {
		const pagefind = fakePagefind();
		const search = createSearch(async () => pagefind.engine, () => 0);
		expect((await search('statut'))?.sources).toBe(false);
		pagefind.up.sources = true;
		expect((await search('statut'))?.sources).toBe(false);
		window.dispatchEvent(new Event('online'));
		expect((await search('statut'))?.sources).toBe(true);
	});

	it('says nothing can be searched without an index (npm run dev)', async () => {
		expect(await createSearch(async () => undefined)('statut')).toBeUndefined();
	});
});
