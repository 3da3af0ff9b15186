import { describe, expect, it } from 'vitest';
import { assetsFromManifest, type ViteManifest } from './islands';

const manifest: ViteManifest = {
	'src/islands/quiz.ts': { file: '_app/immutable/islands/quiz.abc.js', imports: ['_svelte.js', '_common.js'] },
	'src/islands/home.ts': { file: '_app/immutable/islands/home.def.js', imports: ['_common.js'] },
	'_svelte.js': { file: '_app/immutable/chunks/S.js' },
	'_common.js': { file: '_app/immutable/chunks/C.js', imports: ['_svelte.js', '_tiny.js'] },
	'_tiny.js': { file: '_app/immutable/chunks/T.js' }
};

describe('assetsFromManifest', () => {
	it("gives the island's module and everything it imports, each once", () => {
		const assets = assetsFromManifest(manifest, 'quiz');
		expect(assets.src).toBe('/_app/immutable/islands/quiz.abc.js');
		expect([...assets.preload].sort()).toEqual([
			'/_app/immutable/chunks/C.js',
			'/_app/immutable/chunks/S.js',
			'/_app/immutable/chunks/T.js'
		]);
	});

	it('follows imports of imports', () => {
		expect(assetsFromManifest(manifest, 'home').preload).toContain('/_app/immutable/chunks/T.js');
	});

	it('fails the build for an island that was not built, or a missing chunk', () => {
		expect(() => assetsFromManifest(manifest, 'teach')).toThrow(/src\/islands\/teach\.ts/);
		const broken: ViteManifest = { 'src/islands/x.ts': { file: 'x.js', imports: ['_gone.js'] } };
		expect(() => assetsFromManifest(broken, 'x')).toThrow(/_gone\.js/);
	});
});
