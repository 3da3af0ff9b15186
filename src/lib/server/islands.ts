// Where the built JavaScript of an island is (see src/lib/islands/README.md). Read at build time,
// when pages are prerendered: the client build has written Vite's manifest by then. During
// `vite dev` the island's source file is served as it is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dev } from '$app/environment';
import { ISLANDS_DIR } from '$lib/islands/vite-plugin';

export type IslandAssets = {
	/** the island's entry module */
	src: string;
	/** the modules it imports, fetched in parallel with it */
	preload: string[];
};

type ManifestChunk = { file: string; imports?: string[] };
export type ViteManifest = Record<string, ManifestChunk>;

export function islandEntry(name: string): string {
	return `${ISLANDS_DIR}/${name}.ts`;
}

export function assetsFromManifest(manifest: ViteManifest, name: string): IslandAssets {
	const entry = manifest[islandEntry(name)];
	if (!entry) throw new Error(`Island "${name}": ${islandEntry(name)} is not in the client build`);
	const preload = new Set<string>();
	const visit = (chunk: ManifestChunk) => {
		for (const key of chunk.imports ?? []) {
			const imported = manifest[key];
			if (!imported) throw new Error(`Island "${name}": ${key} is not in the client build`);
			if (preload.has(`/${imported.file}`)) continue;
			preload.add(`/${imported.file}`);
			visit(imported);
		}
	};
	visit(entry);
	return { src: `/${entry.file}`, preload: [...preload] };
}

let manifest: ViteManifest | undefined;

export function islandAssets(name: string): IslandAssets {
	if (dev) return { src: `/${islandEntry(name)}`, preload: [] };
	// The same output folder as svelte.config.js (KIT_OUT lets two builds run side by side).
	const file = path.join(process.env.KIT_OUT ?? '.svelte-kit', 'output/client/.vite/manifest.json');
	manifest ??= JSON.parse(readFileSync(file, 'utf8')) as ViteManifest;
	return assetsFromManifest(manifest, name);
}
