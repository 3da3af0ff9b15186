/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline: the whole site, both languages (pages, their data, the app, the search index), is
// cached at install, so that after one visit every lesson, quiz and source works without network.
// A new version waits until the learner chooses to reload (UpdateBanner, src/lib/head/enhance.ts): never
// forced mid-quiz.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `icc-${version}`;

async function searchIndexFiles(): Promise<string[]> {
	try {
		const response = await fetch('/pagefind/files.json');
		return response.ok ? ((await response.json()) as string[]) : [];
	} catch {
		return [];
	}
}

// Every page is plain HTML with islands (src/lib/islands/): SvelteKit's own client start, page
// nodes and page data files (__data.json, for its client router), still built, are never loaded,
// so they are not downloaded either.
function usedByPages(file: string): boolean {
	return !/\/_app\/immutable\/(entry|nodes)\//.test(file) && !file.endsWith('/__data.json');
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll([...build, ...files, ...prerendered].filter(usedByPages));
			// The search index is written after the app build; its file list comes with it.
			const index = await searchIndexFiles();
			await Promise.allSettled(index.map((file) => cache.add(file)));
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

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
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
				// language chooser at that address said nothing of what had happened).
				const fallback = event.request.mode === 'navigate' ? await cache.match(`/${languageOf(url)}/not-found/`) : undefined;
				if (fallback) return fallback;
				throw error;
			}
		})()
	);
});
