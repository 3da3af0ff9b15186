import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { assetsFromManifest, dropStylesheets, lazyStylesheets, type ViteManifest } from './assets';

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

describe('lazyStylesheets', () => {
	it('names the styles of chunks only ever imported on demand, not those also imported statically', () => {
		const lazy: ViteManifest = {
			...manifest,
			'src/Case.svelte': { file: 'case.js', isDynamicEntry: true, css: ['_app/immutable/assets/Case.css'] },
			'src/Both.svelte': { file: 'both.js', isDynamicEntry: true, css: ['_app/immutable/assets/Both.css'] },
			'_user.js': { file: 'user.js', imports: ['src/Both.svelte'] }
		};
		expect([...lazyStylesheets(lazy)]).toEqual(['_app/immutable/assets/Case.css']);
	});
});

describe('dropStylesheets', () => {
	const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
	const files: Record<string, string> = { 'a/Page.css': '.page{color:red}', 'a/Case.css': '.case{display:grid}' };
	const style = `${files['a/Page.css']}${files['a/Case.css']}`;
	const page = (css: string) =>
		`<meta http-equiv="content-security-policy" content="style-src 'self' ${hash(css)}; base-uri 'self'">` +
		'<link href="../../a/Page.css" rel="stylesheet" disabled media="(max-width: 0)">' +
		'<link href="../../a/Case.css" rel="stylesheet" disabled media="(max-width: 0)">' +
		`<style>${css}</style>`;

	it("takes the file's text out of SvelteKit's style, its link out, and the style's new hash into the policy", () => {
		const out = dropStylesheets(page(style), new Set(['a/Case.css']), (file) => files[file]);
		expect(out).toContain(`<style>${files['a/Page.css']}</style>`);
		expect(out).not.toContain('.case');
		expect(out).not.toContain('Case.css');
		expect(out).toContain(hash(files['a/Page.css']));
		expect(out).not.toContain(hash(style));
		expect(out).toContain('a/Page.css');
	});

	it('leaves a page without the file as it is, and fails the build rather than leave a style its policy refuses', () => {
		expect(dropStylesheets(page(files['a/Page.css']), new Set(['a/Case.css']), (file) => files[file])).toBe(page(files['a/Page.css']));
		const unhashed = page(style).replace(hash(style), "'sha256-other'");
		expect(() => dropStylesheets(unhashed, new Set(['a/Case.css']), (file) => files[file])).toThrow(/policy/);
	});
});
