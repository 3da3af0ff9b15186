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

// V8's explicit compile hint (Chrome 136+; a comment, ignored elsewhere): compile every function
// of the file while it downloads, on a background thread. Without it each function is compiled on
// the main thread the first time it is called, which is most of an island's start: hydrating the
// dashboard took 35–70 ms on this machine without it, 12–20 ms with it (scripts/bench-web.mjs
// shows the effect on Total Blocking Time). Every client chunk is loaded by an island, whose start
// calls most of it. It must be the file's first line, so it is added after minification.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function islands(): Plugin {
	let client = false;
	return {
		name: 'icc-islands',
		apply: 'build',
		// Runs after SvelteKit's own `config` hook (the plugin is listed after it), which has
		// already said whether this is the server build or the client build.
		config(config) {
			if (config.build?.ssr !== false) return;
			client = true;
			return { build: { rollupOptions: { input: islandEntries(config.root ?? process.cwd()) } } };
		},
		generateBundle: {
			// after Vite's own, which puts a line of its own at the top of chunks with dynamic imports
			order: 'post',
			handler(_options, bundle) {
				if (!client) return;
				for (const file of Object.values(bundle)) {
					if (file.type === 'chunk' && !file.code.startsWith(COMPILE_HINT)) file.code = COMPILE_HINT + file.code;
				}
			}
		}
	};
}
