import { describe, expect, it } from 'vitest';
import { assetsFromManifest, type ViteManifest } from './assets';

// Vite's manifest, as the client build writes it: the island modules are generated, so they are
// found by their chunk's name (build/entries.ts), not by a source file.
const manifest: ViteManifest = {
	'virtual:icc/islands/quiz': { file: '_app/immutable/islands/quiz.abc.js', name: 'islands/quiz', isEntry: true, imports: ['_svelte.js', '_common.js'], css: ['_app/immutable/assets/quiz.css'] },
	'virtual:icc/islands/home': { file: '_app/immutable/islands/home.def.js', name: 'islands/home', isEntry: true, imports: ['_common.js'] },
	'_svelte.js': { file: '_app/immutable/chunks/S.js', name: 'svelte' },
	'_common.js': { file: '_app/immutable/chunks/C.js', name: 'common', imports: ['_svelte.js', '_tiny.js'], css: ['_app/immutable/assets/C.css'] },
	'_tiny.js': { file: '_app/immutable/chunks/T.js', name: 'islands/teach' }
};

describe('assetsFromManifest', () => {
	it("gives the island's module and everything it imports, each once", () => {
		const assets = assetsFromManifest(manifest, 'islands/quiz');
		expect(assets.src).toBe('/_app/immutable/islands/quiz.abc.js');
		expect([...assets.preload].sort()).toEqual([
			'/_app/immutable/chunks/C.js',
			'/_app/immutable/chunks/S.js',
			'/_app/immutable/chunks/T.js'
		]);
		expect(assets.css.sort()).toEqual(['_app/immutable/assets/C.css', '_app/immutable/assets/quiz.css']);
	});

	it('follows imports of imports', () => {
		expect(assetsFromManifest(manifest, 'islands/home').preload).toContain('/_app/immutable/chunks/T.js');
	});

	it('fails the build for a module that was not built (a chunk of the same name is not an entry), or a missing chunk', () => {
		expect(() => assetsFromManifest(manifest, 'islands/teach')).toThrow(/islands\/teach is not in the client build/);
		const broken: ViteManifest = { x: { file: 'x.js', name: 'islands/x', isEntry: true, imports: ['_gone.js'] } };
		expect(() => assetsFromManifest(broken, 'islands/x')).toThrow(/_gone\.js/);
	});
});
