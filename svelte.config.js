import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { pageStartHash } from './src/lib/head/inline-script.ts';
import { glueTermPunctuation } from './src/lib/content/term-glue.ts';

// Every page has one inline script, src/lib/head/page-start.ts (put there by src/hooks.server.ts):
// what must happen before the first paint (the saved theme; at /, going to the visitor's language;
// keeping a press on an island that has not started), then the loading of the enhance module
// after the paint. A script file in <head>, even deferred, held the page back on a slow network.
// The policy allows that script by its hash, computed here from the same compiled text.
const pageStartSource = /** @type {`sha256-${string}`} */ (await pageStartHash());

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		// before mdsvex: a glossary term and the punctuation after it on one line (term-glue.ts says why)
		{ name: 'term-glue', markup: ({ content, filename }) => (filename?.endsWith('.md') ? { code: glueTermPunctuation(content) } : undefined) },
		mdsvex({ extensions: ['.md'] })
	],
	compilerOptions: {
		// Runes everywhere in our own components. Lessons (.md) are left to Svelte's detection:
		// mdsvex emits legacy syntax, which forced runes mode rejects.
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || filename.endsWith('.md')
				? undefined
				: true
	},
	kit: {
		// A strict Content Security Policy, written into every prerendered page as a <meta> tag with
		// the hashes of the inline scripts (SvelteKit's and page-start.ts): no 'unsafe-inline' for scripts, no
		// eval ('wasm-unsafe-eval' only lets the search index's WebAssembly run). frame-ancestors
		// cannot be set by <meta>: see static/_headers.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval', pageStartSource],
				'style-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Every page is prerendered to a real HTML file: no SPA fallback, no server.
		// BUILD_DIR and KIT_OUT let two builds run side by side (e.g. a benchmark beside the tests).
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true,
			// A .br and a .gz beside every page, script and data file (brotli 11, gzip 9), for hosts
			// that serve precompressed files (nginx gzip_static/brotli_static, sirv, Caddy…): the
			// best compression costs nothing per request. `npm run bench:web` measures these files.
			// The search index and the LMS exports are written after the adapter, so not compressed.
			precompress: true
		}),
		outDir: process.env.KIT_OUT ?? '.svelte-kit',
		// The enhance module (src/lib/head/enhance.ts) registers the service worker on every page
		// (no page ships SvelteKit's client).
		serviceWorker: { register: false },
		// Small stylesheets go inline: no render-blocking request for a few hundred bytes.
		inlineStyleThreshold: 6000,
		prerender: {
			// Absolute URLs (hreflang alternates) use this origin: set SITE_ORIGIN when building for
			// a real host (README, "Deploy").
			origin: process.env.SITE_ORIGIN ?? 'http://localhost:4173',
			// `/` links to both languages; every other page is reached by crawling from there.
			entries: ['/', '/fr', '/en', '/fr/assignment/', '/en/assignment/'],
			// The LMS exports (build/exports/, written by `npm run export` right after the build) are
			// linked from the teacher page but do not exist yet while pages are prerendered.
			handleHttpError: ({ path, message }) => {
				if (path.startsWith('/exports/')) return;
				throw new Error(message);
			},
			handleMissingId: 'fail'
		}
	}
};

export default config;
