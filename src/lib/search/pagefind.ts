// Full-text search over the built site with Pagefind (indexes written at build time, one per
// language, fetched from this origin only: they work offline once cached). Two indexes (issue 27):
// the lessons' (steps, module pages, glossary) in /pagefind/, kept offline with the search, and
// the sources' in /pagefind-sources/, merged into it when it can be had (online, or offline once
// the sources were kept: the service worker keeps it with them). When it cannot, Pagefind 1.5's
// mergeIndex rejects ("Failed to load Pagefind metadata") and so does every search of that instance
// afterwards, lessons included (tried in Chromium with /pagefind-sources/ unreachable): the lessons
// are then searched by an instance of their own, and the results say the sources were not. The
// sources are asked for again once the device is back online, or a while later (they may have been
// kept meanwhile, by another tab): a learner told to open a source once online is not then left
// without them on this page until it is reloaded.
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

export interface PagefindModule {
	createInstance(options?: { basePath?: string }): Instance;
}

export const LESSONS_INDEX = '/pagefind/';
export const SOURCES_INDEX = '/pagefind-sources/';
/** how long after failing the sources' index is not asked for again (unless the device comes online) */
export const SOURCES_RETRY_MS = 30_000;

export interface Found {
	hits: SearchHit[];
	/** false when the sources' index could not be had (offline, sources never kept) */
	sources: boolean;
}

/**
 * The site's search over the engine `load` gives (Pagefind's module, undefined without an index).
 * `now` is a monotonic clock (a device's clock set back must not stop the sources from coming back).
 */
export function createSearch(load: () => Promise<PagefindModule | undefined>, now: () => number = () => performance.now()) {
	// the lessons' and sources' index together, while it works; the lessons' alone
	let both: Promise<Instance> | undefined;
	let lessons: Instance | undefined;
	/** when the sources' index last failed (by `now`), undefined once it may be asked for again */
	let failedAt: number | undefined;
	const again = () => (failedAt = undefined);

	return async function searchSite(query: string, limit = 20): Promise<Found | undefined> {
		const engine = await load();
		if (!engine) return undefined;
		let found: Awaited<ReturnType<Instance['search']>> | undefined;
		let sources = false;
		if (failedAt !== undefined && now() - failedAt >= SOURCES_RETRY_MS) again();
		if (failedAt === undefined) {
			both ??= (async () => {
				const instance = engine.createInstance({ basePath: LESSONS_INDEX });
				await instance.mergeIndex(SOURCES_INDEX);
				return instance;
			})();
			try {
				found = await (await both).search(query);
				sources = true;
			} catch {
				// that instance fails every search from now on: a new one is made when it is asked for again
				both = undefined;
				failedAt = now();
				globalThis.addEventListener?.('online', again, { once: true });
			}
		}
		if (!found) {
			lessons ??= engine.createInstance({ basePath: LESSONS_INDEX });
			found = await lessons.search(query);
		}
		const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
		return { hits: data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt })), sources };
	};
}

let pagefind: Promise<PagefindModule | undefined> | undefined;

/** Searches the built site's indexes, on this origin. */
export const searchSite = createSearch(() => {
	pagefind ??= import(/* @vite-ignore */ new URL(`${LESSONS_INDEX}pagefind.js`, location.origin).href).catch(() => undefined);
	return pagefind;
});

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
