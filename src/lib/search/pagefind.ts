// Full-text search over the built site with Pagefind (an index written at build time by
// `pagefind --site build`, one per language, fetched from this origin only: it works offline once
// cached). In `npm run dev` there is no index: searchSite() resolves to undefined.
export interface SearchHit {
	url: string;
	title: string;
	excerpt: string;
}

interface Pagefind {
	search(query: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[] }>;
}

let pagefind: Promise<Pagefind | undefined> | undefined;

function load(): Promise<Pagefind | undefined> {
	pagefind ??= import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.origin).href).catch(() => undefined);
	return pagefind;
}

export async function searchSite(query: string, limit = 20): Promise<SearchHit[] | undefined> {
	const engine = await load();
	if (!engine) return undefined;
	const found = await engine.search(query);
	const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
	return data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt }));
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
