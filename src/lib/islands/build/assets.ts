// Where the built JavaScript of a client module of build/vite-plugin.ts is (see README.md). Read when
// pages are prerendered: the client build has written Vite's manifest by then (it runs after the
// server build, so the file names cannot be known earlier). Under `vite dev` the module is served
// as it is. Used by Island.svelte and src/hooks.server.ts, on the server only (pages ship no
// SvelteKit client), hence `process.getBuiltinModule`: no `node:fs` import in a module that a
// component imports (SvelteKit would refuse it in the client build, where it is never run).
import { dev } from '$app/environment';
import { devUrl, ENHANCE_CHUNK, ENHANCE_ENTRY_ID, islandChunk, islandEntryId } from './entries';
import type { IslandName } from '../registry';

export type ModuleAssets = {
	/** the entry module */
	src: string;
	/** the modules it imports, fetched in parallel with it */
	preload: string[];
	/** the stylesheets of its components (files of the client build) */
	css: string[];
};

type ManifestChunk = { file: string; name?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; css?: string[] };
export type ViteManifest = Record<string, ManifestChunk>;

/** The entry chunk named `chunk` (see build/entries.ts), and every chunk it imports, each once. */
export function assetsFromManifest(manifest: ViteManifest, chunk: string): ModuleAssets {
	const entry = Object.values(manifest).find((c) => c.isEntry && c.name === chunk);
	if (!entry) throw new Error(`${chunk} is not in the client build`);
	const preload = new Set<string>();
	const css = new Set(entry.css);
	const visit = (from: ManifestChunk) => {
		for (const key of from.imports ?? []) {
			const imported = manifest[key];
			if (!imported) throw new Error(`${chunk}: ${key} is not in the client build`);
			if (preload.has(`/${imported.file}`)) continue;
			preload.add(`/${imported.file}`);
			for (const file of imported.css ?? []) css.add(file);
			visit(imported);
		}
	};
	visit(entry);
	return { src: `/${entry.file}`, preload: [...preload], css: [...css] };
}

// The same output folder as svelte.config.js (KIT_OUT lets two builds run side by side).
const CLIENT = `${process.env.KIT_OUT ?? '.svelte-kit'}/output/client`;
const read = (file: string) => process.getBuiltinModule('node:fs').readFileSync(`${CLIENT}/${file}`, 'utf8');
let manifest: ViteManifest | undefined;
/** The client build's manifest, read once. */
const clientManifest = () => (manifest ??= JSON.parse(read('.vite/manifest.json')) as ViteManifest);

function built(chunk: string): ModuleAssets {
	return assetsFromManifest(clientManifest(), chunk);
}

export function islandAssets(name: IslandName): ModuleAssets {
	return dev ? { src: devUrl(islandEntryId(name)), preload: [], css: [] } : built(islandChunk(name));
}

/** A policy's hash of an inline style or script. */
const sha256 = (text: string) => `'sha256-${process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('base64')}'`;

/**
 * The CSS of the page's islands, put inline in its <head> (src/hooks.server.ts): SvelteKit puts in
 * a page the styles of the components its client code imports, and the pages' client code does
 * not import the islands (build/vite-plugin.ts). Island.svelte marks each stylesheet it needs with a
 * <link data-island-css>; in its place goes the file's text, like the page's own styles (no request
 * before the first paint). Under `vite dev` there is none: the module brings its styles.
 */
/**
 * Puts each island stylesheet inline, and its hash into the page's policy (style-src allows no
 * inline style but those it names: SvelteKit hashes the styles it inlines itself, not these);
 * a stylesheet SvelteKit has already put inline is left out.
 */
export function inlineIslandStyles(html: string): string {
	const hashes: string[] = [];
	const already = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
	const inlined = html.replace(/<link rel="stylesheet" href="\/([^"]+\.css)" data-island-css(?:="")?\s*\/?>/g, (_link, file: string) => {
		const css = read(file);
		// SvelteKit may have put the same file inline already (it does when the page's own code
		// reaches the island's components: the quiz page) — twice would be 6.8 KB parsed for nothing
		if (already.some((text) => text.includes(css))) return '';
		if (/<\/style/i.test(css)) throw new Error(`${file}: cannot be put inline`);
		hashes.push(sha256(css));
		return `<style>${css}</style>`;
	});
	if (!hashes.length) return inlined;
	const policy = /(<meta http-equiv="content-security-policy" content="[^"]*?style-src [^;"]*)/;
	if (!policy.test(inlined)) return dev ? inlined : fail('the page has no style-src policy to add its island styles to');
	return inlined.replace(policy, (directive) => `${directive} ${hashes.join(' ')}`);
}

/**
 * The stylesheets of the components that are only ever imported on demand (`import()`: a rarer
 * question type's widget, the quiz's results, the QR code): never drawn by the server, and fetched
 * with their module by Vite's preload helper when one is shown.
 */
export function lazyStylesheets(manifest: ViteManifest): Set<string> {
	const imported = new Set(Object.values(manifest).flatMap((chunk) => chunk.imports ?? []));
	return new Set(Object.entries(manifest).flatMap(([key, chunk]) => (chunk.isDynamicEntry && !imported.has(key) ? (chunk.css ?? []) : [])));
}

/**
 * Takes `files` out of the page: SvelteKit inlines the styles of every component its page code
 * reaches, those imported on demand included, and marks each with a disabled <link>. Their text
 * goes out of SvelteKit's <style>, whose hash in the page's policy is replaced by the new one's
 * (issue 27: the quiz page parsed 3 KB of CSS for its case, evidence and results components
 * before its first paint, none of them on screen then).
 */
export function dropStylesheets(html: string, files: Set<string>, readFile: (file: string) => string): string {
	let out = html;
	for (const link of html.matchAll(/<link href="(?:\.\.\/)*([^"]+\.css)" rel="stylesheet" disabled media="\(max-width: 0\)">/g)) {
		if (!files.has(link[1])) continue;
		const css = readFile(link[1]).trim();
		const style = [...out.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].find((match) => match[1].includes(css));
		if (!style) continue;
		const text = style[1].replace(css, () => '');
		if (!out.includes(sha256(style[1]))) fail(`${link[1]}: the page's policy does not name the style it is in`);
		const [before, after] = [sha256(style[1]), sha256(text)];
		out = out.replace(style[0], () => style[0].replace(style[1], () => text)).replace(before, () => after).replace(link[0], () => '');
	}
	return out;
}

/** `dropStylesheets` of the components imported on demand (none under `vite dev`). */
export function dropLazyStyles(html: string): string {
	if (dev) return html;
	return dropStylesheets(html, lazyStylesheets(clientManifest()), read);
}

function fail(message: string): never {
	throw new Error(message);
}

export function enhanceAssets(): ModuleAssets {
	return dev ? { src: devUrl(ENHANCE_ENTRY_ID), preload: [], css: [] } : built(ENHANCE_CHUNK);
}
