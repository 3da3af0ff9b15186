import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

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
		svelteTesting()
	],
	test: {
		environment: 'jsdom',
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		setupFiles: ['./tests/setup.ts']
	}
});
