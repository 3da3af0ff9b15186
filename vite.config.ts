import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { islandsPlugin } from './src/lib/islands/build/vite-plugin';

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
		islandsPlugin(),
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
						}
						// The other chunks of the islands are grouped by the islands that load them, a group
						// the islands plugin adds to the client build (src/lib/islands/build/chunking.ts; decision 9).
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
