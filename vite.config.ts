import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { islands } from './src/lib/islands/vite-plugin';

export default defineConfig({
	plugins: [
		sveltekit(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The language is the first segment of every URL (/fr/…, /en/…). The routes carry it as
			// the [lang] parameter; Paraglide reads it from the same URL so messages follow the page.
			// Its default URL pattern (base locale fr: /…, en: /en/…) reads /fr/… as French too, and
			// needs no URLPattern polyfill in the browser (custom patterns would ship one).
			strategy: ['url', 'baseLocale'],
		}),
		islands(),
		svelteTesting()
	],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							// The Svelte runtime in a chunk of its own, shared by every island
							// (src/lib/islands/); it is loaded once and cached. A group also takes in the
							// modules its modules import: this one comes first.
							name: 'svelte',
							test: /node_modules[\\/](svelte|esm-env|clsx)[\\/]/,
							priority: 3
						},
						{
							// Left alone, the bundler cut the shared code into many tiny chunks (Paraglide
							// writes one module per message): a quiz page asked for 27 files, a third of them
							// under 400 bytes, each costing a request (headers, and a round trip on a slow
							// network). Small modules used by five pages or more go into one common chunk.
							// Tried on the built site (scripts/bench-web.mjs): 5 and 4 KB gave the smallest
							// first load on every kind of page (quiz 80.6 → 75.6 KB, 27 → 16 files).
							name: 'common',
							minShareCount: 5,
							maxModuleSize: 4096
						}
					]
				}
			}
		}
	},
	test: {
		environment: 'jsdom',
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		setupFiles: ['./tests/setup.ts']
	}
});
