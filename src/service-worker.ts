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

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
		})()
	);
});

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
			const cached =
				(await cache.match(event.request, { ignoreSearch: true })) ??
				(url.pathname.endsWith('/') ? undefined : await cache.match(url.pathname + '/'));
			if (cached) return cached;
			try {
				const response = await fetch(event.request);
				if (response.ok && response.type === 'basic') cache.put(event.request, response.clone());
				return response;
			} catch (error) {
				const fallback = event.request.mode === 'navigate' ? await cache.match('/') : undefined;
				if (fallback) return fallback;
				throw error;
			}
		})()
	);
});
