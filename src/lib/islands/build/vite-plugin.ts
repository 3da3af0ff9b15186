// Adds to SvelteKit's client build one module per island of registry.ts, which hydrates it, and
// the enhance module that every page fetches after its first paint (src/lib/head/enhance.ts), so
// that a page rendered without the SvelteKit client (csr = false) can still make parts of itself
// interactive: see ../README.md. The modules are generated (no file per island to keep in step with
// the registry). Sharing the client build (rather than a second build) means the islands use the
// same Svelte runtime chunk as the rest of the site, and the service worker precaches them with
// everything else.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { pageStartScript } from '../../head/inline-script';
import { islandChunks, type GetModuleInfo } from './chunking';
import { ENHANCE_CHUNK, ENHANCE_ENTRY_ID, islandChunk, islandEntryId, PAGE_START_ID, VIRTUAL_PREFIX } from './entries';

export const REGISTRY = 'src/lib/islands/registry.ts';

/** Island name → the module of its component, as registry.ts declares them. */
export function readRegistry(source: string): Record<string, string> {
	const imports = new Map([...source.matchAll(/^import (\w+) from '([^']+)';$/gm)].map(([, name, from]) => [name, from]));
	const list = source.match(/^export const islands = \{\n([\s\S]*?)\n\}/m)?.[1];
	if (!list) throw new Error(`${REGISTRY}: no \`export const islands = {…}\``);
	return Object.fromEntries(
		list.split('\n').map((line) => {
			const [, name, component] = line.match(/^\t'?([\w-]+)'?: (\w+),?$/) ?? [];
			const from = imports.get(component);
			if (!from) throw new Error(`${REGISTRY}: cannot read "${line.trim()}" (one \`name: Component,\` a line)`);
			return [name, from];
		})
	);
}

// An island's module: its component, hydrated, after what the component's module may have to
// fetch first (`beforeHydrate`, see hydrate-islands.ts; found in its source, so that a component
// without one is imported by name, not as a namespace object, which costs a runtime chunk).
function islandCode(name: string, from: string, source: string): string {
	const before = /^\s*export (async )?function beforeHydrate\b/m.test(source);
	return [
		`import { hydrateIslands } from '$lib/islands/hydrate-islands';`,
		`import Component${before ? ', { beforeHydrate }' : ''} from '${from}';`,
		`hydrateIslands(${JSON.stringify(name)}, { default: Component${before ? ', beforeHydrate' : ''} });`
	].join('\n');
}

// V8's explicit compile hint (Chrome 136+; a comment, ignored elsewhere): compile every function
// of the file while it downloads, on a background thread. Without it each function is compiled on
// the main thread the first time it is called, which is most of an island's start: hydrating the
// dashboard took 35–70 ms on this machine without it, 12–20 ms with it (scripts/bench-web.mjs
// shows the effect on Total Blocking Time). Every client chunk is loaded by an island, whose start
// calls most of it. It must be the file's first line, so it is added after minification.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * @param minChunkSize a chunk of modules shared by the same islands is merged into a larger one
 * below this many bytes of source (chunking.ts). 4 KB, as the common chunk's modules before
 * (decision 9): tried at 8, 16 and 32 KB, fewer files but a quiz page 1–2 KB heavier.
 */
export function islandsPlugin({ minChunkSize = 4096 }: { minChunkSize?: number } = {}): Plugin {
	let client = false;
	let root = process.cwd();
	let chunks: Map<string, string> | undefined;
	const registry = () => readRegistry(readFileSync(path.join(root, REGISTRY), 'utf8'));
	// The chunk of a module, decided for all of them at its first call (the module graph is complete
	// by then), once per build.
	const chunkName = (id: string, ctx: { getModuleInfo: GetModuleInfo }): string | null => {
		chunks ??= islandChunks((m) => ctx.getModuleInfo(m), {
			islands: Object.fromEntries(Object.keys(registry()).map((name) => [name, `\0${islandEntryId(name)}`])),
			minSize: minChunkSize
		});
		return chunks.get(id) ?? null;
	};
	return {
		name: 'icc-islands',
		buildStart() {
			chunks = undefined;
		},
		// Runs after SvelteKit's own `config` hook (the plugin is listed after it), which has
		// already said whether this is the server build or the client build.
		config(config, { command }) {
			root = config.root ?? root;
			if (command !== 'build' || config.build?.ssr !== false) return;
			client = true;
			const input = Object.fromEntries(Object.keys(registry()).map((name) => [islandChunk(name), islandEntryId(name)]));
			return {
				build: {
					rolldownOptions: {
						input: { ...input, [ENHANCE_CHUNK]: ENHANCE_ENTRY_ID },
						output: {
							codeSplitting: {
								// Chunking by island (chunking.ts), after the Svelte runtime's group
								// (vite.config.ts, priority 3). A chunk holds the modules its islands need and
								// not their dependencies, which chunking.ts places by their own islands: the
								// bundler's default (`true`) pulled each group's dependencies into it, so that
								// one group of two islands took in valibot and Paraglide's runtime, and every
								// island loaded it. That default is allowed only with entries whose exports may
								// grow ('allow-extension': nothing imports an island's module, so nothing reads
								// its exports; SvelteKit asks for 'strict').
								groups: [{ name: chunkName, priority: 2, includeDependenciesRecursively: false }]
							}
						},
						preserveEntrySignatures: 'allow-extension'
					}
				}
			};
		},
		resolveId(id) {
			return id.startsWith(VIRTUAL_PREFIX) ? `\0${id}` : undefined;
		},
		async load(id, options) {
			// The registry's components are drawn by Island.svelte on the server only (no page ships
			// SvelteKit's client). Left in the client build, the pages' client code (built, never
			// loaded) would import every island, and the bundler would put them all in one chunk
			// that every island loads; each island's own module imports its component directly.
			if (client && !options?.ssr && id === path.join(root, REGISTRY)) return 'export const islands = {};';
			if (!id.startsWith(`\0${VIRTUAL_PREFIX}`)) return undefined;
			// The page's inline script, compiled (src/hooks.server.ts puts it in every page).
			if (id.slice(1) === PAGE_START_ID) return `export default ${JSON.stringify(await pageStartScript())};`;
			if (id.slice(1) === ENHANCE_ENTRY_ID) return `import { enhance } from '$lib/head/enhance';\nenhance();\n`;
			const [name, from] = Object.entries(registry()).find(([name]) => id.slice(1) === islandEntryId(name)) ?? [];
			if (!name || !from) return undefined;
			const file = (await this.resolve(from))?.id;
			if (!file) throw new Error(`${REGISTRY}: cannot find ${from}`);
			return islandCode(name, from, readFileSync(file, 'utf8'));
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
