/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline, by part (decision 20). The build lists in /offline.json, for each language, the files
// of four parts (scripts/offline-parts.mjs): the `shell` a learner uses (every lesson step, quiz
// and its answers, review, progress, glossary, navigator, assignment page, with the scripts they
// load), the `search` index, the `sources` and the teacher's pages (`teach`).
// - At install: the shell of the learner's language (the page that registered the worker, else the
//   browser's), then, once the shell is complete, that language's search index, the part of the
//   page open (a first visit straight to the teacher's pages keeps them), and again every part the
//   learner had kept with the previous version. Nothing of the other language.
// - The first time a page of another part or language is opened online, that whole part (and its
//   language's shell and search index) is kept in the background: after one visit to the
//   teacher's pages they all work offline; a learner who switches language has that language.
// - Every page fetched online is kept too.
// A new version waits until the learner chooses to reload (UpdateBanner, src/lib/head/enhance.ts): never
// forced mid-quiz.
import { version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `icc-${version}`;
const PARTS_FILE = '/offline.json';

// The part names are offline.json's own (scripts/offline-parts.mjs, PART_NAMES): every part but the
// search index is a part of pages.
type PartName = string;
type Parts = Record<string, Record<PartName, string[]>>;
const pagePartsOf = (ofLang: Record<PartName, string[]>) => Object.keys(ofLang).filter((part) => part !== 'search');

// The parts of this version: read from the network at install (not from the HTTP cache: they must
// be this version's), then from this version's cache.
let partsOfVersion: Promise<Parts> | undefined;
function readParts(): Promise<Parts> {
	partsOfVersion ??= (async () => {
		const cache = await caches.open(CACHE);
		let response = await cache.match(PARTS_FILE);
		if (!response) {
			response = await fetch(PARTS_FILE, { cache: 'no-store' });
			if (!response.ok) throw new Error(`${PARTS_FILE}: HTTP ${response.status}`);
			await cache.put(PARTS_FILE, response.clone());
		}
		return (await response.json()) as Parts;
	})().catch((error) => {
		partsOfVersion = undefined;
		throw error;
	});
	return partsOfVersion;
}

/** The files of a list this cache does not have yet, fetched four at a time (a page being read
 * keeps connections of its own). Stops at the first that cannot be had (offline: at once); what
 * was kept stays, the rest is asked for again at the next page opened. */
async function keepAll(cache: Cache, urls: string[]): Promise<void> {
	const missing: string[] = [];
	for (const url of urls) if (!(await cache.match(url))) missing.push(url);
	const worker = async () => {
		for (let url = missing.shift(); url !== undefined; url = missing.shift()) {
			await cache.add(url).catch((error) => {
				missing.length = 0;
				throw error;
			});
		}
	};
	await Promise.all([worker(), worker(), worker(), worker()]);
}

// The parts complete in this version's cache, and those being completed (keyed "fr shell").
const kept = new Set<string>();
const keeping = new Map<string, Promise<void>>();
function keepPart(parts: Parts, lang: string, part: PartName): Promise<void> {
	const key = `${lang} ${part}`;
	if (kept.has(key)) return Promise.resolve();
	let done = keeping.get(key);
	if (!done) {
		done = caches
			.open(CACHE)
			.then((cache) => keepAll(cache, parts[lang][part]))
			.then(() => void kept.add(key))
			.finally(() => keeping.delete(key));
		keeping.set(key, done);
	}
	return done;
}

/** The language and part of a page listed in the parts, if it is. */
function partOfPage(parts: Parts, path: string): [string, PartName] | undefined {
	const page = path.endsWith('/') ? path : `${path}/`;
	for (const [lang, ofLang] of Object.entries(parts)) {
		for (const part of pagePartsOf(ofLang)) if (ofLang[part].includes(page)) return [lang, part];
	}
	return undefined;
}

/** The addresses open in this site's windows: the page that registered the worker among them. */
async function pagesOpen(): Promise<string[]> {
	const windows = await sw.clients.matchAll({ includeUncontrolled: true, type: 'window' });
	return windows.map((client) => new URL(client.url).pathname);
}

/** The language of the page that registered the worker (the first window showing one), else the browser's. */
function learnersLanguage(langs: string[], pages: string[]): string {
	for (const page of pages) {
		const first = page.split('/')[1];
		if (langs.includes(first)) return first;
	}
	return langs.find((lang) => sw.navigator.language.toLowerCase().startsWith(lang)) ?? langs[0];
}

/** The parts of which a previous version kept at least one page: the learner opened them. A
 * version from before the parts (no offline.json in its cache) kept every page: it says nothing. */
async function partsKeptBefore(parts: Parts): Promise<[string, PartName][]> {
	const older = (await caches.keys()).filter((key) => key.startsWith('icc-') && key !== CACHE);
	const found: [string, PartName][] = [];
	for (const key of older) {
		const pages = new Set((await (await caches.open(key)).keys()).map((request) => new URL(request.url).pathname));
		if (!pages.has(PARTS_FILE)) continue;
		for (const [lang, ofLang] of Object.entries(parts)) {
			for (const part of pagePartsOf(ofLang)) {
				if (ofLang[part].some((url) => url.endsWith('/') && url !== '/' && pages.has(url))) found.push([lang, part]);
			}
		}
	}
	return found;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const parts = await readParts();
			const pages = await pagesOpen();
			const lang = learnersLanguage(Object.keys(parts), pages);
			// The shell must be complete for the worker to install (else the next visit tries again);
			// the search index, the parts of the pages open (a first visit straight to the teacher's
			// pages: no navigation went through the worker yet) and the parts kept before are kept as
			// far as the network allows.
			await keepPart(parts, lang, 'shell');
			await keepPart(parts, lang, 'search').catch(() => {});
			for (const page of pages) {
				const found = partOfPage(parts, page);
				if (found) for (const each of ['shell', found[1], 'search']) await keepPart(parts, found[0], each).catch(() => {});
			}
			for (const [other, part] of await partsKeptBefore(parts)) {
				for (const each of ['shell', part, 'search']) await keepPart(parts, other, each).catch(() => {});
			}
		})()
	);
});

// The previous version's files stay one version longer: a page opened before the update (another
// tab, mid-quiz) still loads its own modules, which the new version no longer has. Older ones go.
sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const older = (await caches.keys()).filter((key) => key.startsWith('icc-') && key !== CACHE);
			for (const key of older.slice(0, -1)) await caches.delete(key);
		})()
	);
});

/** The language of an address (its first segment), else the browser's. */
function languageOf(url: URL): 'fr' | 'en' {
	const first = url.pathname.split('/')[1];
	if (first === 'fr' || first === 'en') return first;
	return sw.navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') sw.skipWaiting();
});

/** Opening a page online keeps, in the background, its language's shell, the page's part, then
 * the language's search index (each only once complete: a later page completes what is missing). */
async function keepWhatPageNeeds(url: URL): Promise<void> {
	if (!sw.navigator.onLine) return;
	const parts = await readParts();
	const found = partOfPage(parts, url.pathname);
	const lang = found?.[0] ?? url.pathname.split('/')[1];
	if (!(lang in parts)) return;
	for (const part of ['shell', found?.[1] ?? 'shell', 'search']) await keepPart(parts, lang, part);
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	if (event.request.mode === 'navigate') event.waitUntil(keepWhatPageNeeds(url).catch(() => {}));
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are cached as /path/ (trailing slash); a request without one finds them too.
			// Then the previous version's cache: a page of that version asks for its own modules.
			const cached =
				(await cache.match(event.request, { ignoreSearch: true })) ??
				(url.pathname.endsWith('/') ? undefined : await cache.match(url.pathname + '/')) ??
				(await caches.match(event.request, { ignoreSearch: true }));
			if (cached) return cached;
			try {
				const response = await fetch(event.request);
				if (response.ok && response.type === 'basic') cache.put(event.request, response.clone());
				return response;
			} catch (error) {
				// Offline at an address this device does not have: say so, in its language (the
				// language chooser at that address said nothing of what had happened). Every shell has
				// every language's not-found page.
				const fallback = event.request.mode === 'navigate' ? await cache.match(`/${languageOf(url)}/not-found/`) : undefined;
				if (fallback) return fallback;
				throw error;
			}
		})()
	);
});
