// Full-text search over the built site with Pagefind (indexes written at build time, one per
// language, fetched from this origin only: they work offline once cached). Two indexes (issue 27):
// the lessons' (steps, module pages, glossary) in /pagefind/, kept offline with the search, and
// the sources' in /pagefind-sources/, merged into it when it can be had (online, or offline once
// the sources were kept: the service worker keeps it with them). When it cannot, Pagefind 1.5's
// mergeIndex rejects ("Failed to load Pagefind metadata") and so does every search of that instance
// afterwards, lessons included (tried in Chromium with /pagefind-sources/ unreachable): the lessons
// are then searched by an instance of their own, and the results say the sources were not.
// In `npm run dev` there is no index: searchSite() resolves to undefined.
export interface SearchHit {
	url: string;
	title: string;
	excerpt: string;
}

interface Instance {
	search(query: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[] }>;
	mergeIndex(path: string): Promise<unknown>;
}

interface PagefindModule {
	createInstance(options?: { basePath?: string }): Instance;
}

export const LESSONS_INDEX = '/pagefind/';
export const SOURCES_INDEX = '/pagefind-sources/';

let module: Promise<PagefindModule | undefined> | undefined;
// the lessons' and sources' index together, until it fails once on this page; the lessons' alone
let both: Promise<Instance> | undefined;
let lessons: Instance | undefined;
let withoutSources = false;

function load(): Promise<PagefindModule | undefined> {
	module ??= import(/* @vite-ignore */ new URL(`${LESSONS_INDEX}pagefind.js`, location.origin).href).catch(() => undefined);
	return module;
}

export interface Found {
	hits: SearchHit[];
	/** false when the sources' index could not be had (offline, sources never kept) */
	sources: boolean;
}

export async function searchSite(query: string, limit = 20): Promise<Found | undefined> {
	const engine = await load();
	if (!engine) return undefined;
	let found: Awaited<ReturnType<Instance['search']>> | undefined;
	let sources = false;
	if (!withoutSources) {
		both ??= (async () => {
			const instance = engine.createInstance({ basePath: LESSONS_INDEX });
			await instance.mergeIndex(SOURCES_INDEX);
			return instance;
		})();
		try {
			found = await (await both).search(query);
			sources = true;
		} catch {
			withoutSources = true; // offline without the sources' index: not asked for again on this page
		}
	}
	if (!found) {
		lessons ??= engine.createInstance({ basePath: LESSONS_INDEX });
		found = await lessons.search(query);
	}
	const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
	return { hits: data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt })), sources };
}

/** Splits Pagefind's excerpt into text runs, marking the matches; everything is kept as text. */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
	const decode = (s: string) =>
		s
			.replace(/<[^>]*>/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;|&#x27;/g, "'")
			.replace(/&amp;/g, '&');
	return excerpt
		.split(/(<mark>[\s\S]*?<\/mark>)/g)
		.filter(Boolean)
		.map((part) => (part.startsWith('<mark>') ? { text: decode(part), mark: true } : { text: decode(part), mark: false }));
}

/** A result's address, with the words searched for (highlighted on arrival by src/lib/head/enhance.ts),
 * before any #fragment. */
export function resultHref(url: string, words: string): string {
	const [path, hash] = url.split('#');
	const q = words.trim();
	if (!q) return url;
	return `${path}${path.includes('?') ? '&' : '?'}highlight=${encodeURIComponent(q)}${hash ? '#' + hash : ''}`;
}
