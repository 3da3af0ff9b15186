// Adds each src/islands/<name>.ts to SvelteKit's client build as an entry of its own, so that a
// page rendered without the SvelteKit client (csr = false) can still make one part of itself
// interactive: see src/lib/islands/README.md. Sharing the client build (rather than a second
// build) means the islands use the same Svelte runtime chunk as the rest of the site, and the
// service worker precaches them with everything else.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const ISLANDS_DIR = 'src/islands';

export function islandEntries(root: string): Record<string, string> {
	const dir = path.join(root, ISLANDS_DIR);
	return Object.fromEntries(
		readdirSync(dir)
			.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
			.map((file) => [`islands/${file.slice(0, -3)}`, path.join(dir, file)])
	);
}

export function islands(): Plugin {
	return {
		name: 'icc-islands',
		apply: 'build',
		// Runs after SvelteKit's own `config` hook (the plugin is listed after it), which has
		// already said whether this is the server build or the client build.
		config(config) {
			if (config.build?.ssr !== false) return;
			return { build: { rollupOptions: { input: islandEntries(config.root ?? process.cwd()) } } };
		}
	};
}
