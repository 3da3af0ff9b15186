import { describe, expect, it } from 'vitest';
import { offlineParts, partsOf, references } from '../../scripts/offline-parts.mjs';

// A small build, as scripts/list-offline.mjs reads it: what the service worker keeps, by part.
const texts: Record<string, string> = {
	'/': '<p>choose</p>',
	'/fr/': '<link rel="manifest" href="/fr.webmanifest"><div data-enhance="/_app/immutable/enhance.A.js"></div>',
	'/fr/modules/m/step/':
		'<link href="../../../../_app/immutable/assets/inlined.C.css" rel="stylesheet" disabled media="(max-width: 0)">' +
		'<div data-src="/_app/immutable/islands/step-checks.B.js" data-prefetch="/fr/modules/m/checks.json"></div>',
	'/fr/modules/m/quiz/': '<div data-src="/_app/immutable/islands/quiz.Q.js"></div>',
	'/fr/modules/m/print/': '<p>print</p>',
	'/fr/teach/': '<div data-src="/_app/immutable/islands/teach.T.js"></div>',
	'/fr/sources/s/': '<p>source</p>',
	'/fr/not-found/': '<p>pas disponible</p>',
	'/en/not-found/': '<p>not available</p>',
	'/en/': '<div data-enhance="/_app/immutable/enhance.A.js"></div>',
	'/_app/immutable/enhance.A.js': 'export const a = 1;',
	'/_app/immutable/islands/step-checks.B.js': 'import{x}from"../chunks/shared.js";',
	'/_app/immutable/islands/quiz.Q.js': 'import{x}from"../chunks/shared.js";import{q}from"../chunks/runner.js";',
	'/_app/immutable/islands/teach.T.js': 'import"../chunks/qr.js";',
	'/_app/immutable/chunks/shared.js': 'const u = "../assets/icon.svg";',
	// a widget loaded on demand, through Vite's preload list
	'/_app/immutable/chunks/runner.js':
		'const m=__vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./case.js","../assets/case.css"])))=>i.map(i=>d[i]);R(()=>import(`./case.js`),m([0,1]))',
	'/_app/immutable/chunks/case.js': 'export default 1;',
	'/_app/immutable/chunks/qr.js': 'export default 1;',
	'/_app/immutable/assets/case.css': '.case{background:url(./bg.png)}',
	'/_app/immutable/nodes/0.js': 'import"../chunks/kit.js";',
	'/_app/immutable/chunks/kit.js': 'export default 1;'
};
const files = [
	'/index.html',
	'/favicon.svg',
	'/fr.webmanifest',
	'/en.webmanifest',
	'/_headers',
	'/service-worker.js',
	'/fr/index.html',
	'/fr/index.html.br',
	'/fr/__data.json',
	'/fr/modules/m/step/index.html',
	'/fr/modules/m/checks.json',
	'/fr/modules/m/quiz/index.html',
	'/fr/modules/m/quiz/keys.json',
	'/fr/modules/m/quiz/views.json',
	'/fr/modules/m/print/index.html',
	'/fr/teach/index.html',
	'/fr/sources/s/index.html',
	'/fr/not-found/index.html',
	'/en/not-found/index.html',
	'/en/index.html',
	'/exports/m/fr/m.zip',
	'/_app/immutable/enhance.A.js',
	'/_app/immutable/islands/step-checks.B.js',
	'/_app/immutable/islands/quiz.Q.js',
	'/_app/immutable/islands/teach.T.js',
	'/_app/immutable/chunks/shared.js',
	'/_app/immutable/chunks/runner.js',
	'/_app/immutable/chunks/case.js',
	'/_app/immutable/chunks/qr.js',
	'/_app/immutable/chunks/kit.js',
	'/_app/immutable/nodes/0.js',
	'/_app/immutable/assets/inlined.C.css',
	'/_app/immutable/assets/icon.svg',
	'/_app/immutable/assets/case.css',
	'/_app/immutable/assets/bg.png',
	'/pagefind/pagefind.js',
	'/pagefind/pagefind-worker.js',
	'/pagefind/pagefind-entry.json',
	'/pagefind/pagefind-ui.js',
	'/pagefind/files.json',
	'/pagefind/wasm.fr.pagefind',
	'/pagefind/wasm.en.pagefind',
	'/pagefind/pagefind.fr_abc.pf_meta',
	'/pagefind/pagefind.en_def.pf_meta',
	'/pagefind/index/fr_1.pf_index',
	'/pagefind/fragment/fr_2.pf_fragment',
	'/pagefind/fragment/en_3.pf_fragment',
	// the sources' own index (its scripts and WebAssembly would not be loaded: a merged index is
	// searched with the lessons' own)
	'/pagefind-sources/pagefind-entry.json',
	'/pagefind-sources/pagefind.js',
	'/pagefind-sources/wasm.fr.pagefind',
	'/pagefind-sources/pagefind.fr_s1.pf_meta',
	'/pagefind-sources/pagefind.en_s2.pf_meta',
	'/pagefind-sources/index/fr_s3.pf_index',
	'/pagefind-sources/fragment/fr_s4.pf_fragment',
	'/pagefind-sources/fragment/en_s5.pf_fragment'
];
const read = (url: string) => {
	if (!(url in texts)) throw new Error(`read ${url}: not a page, module or stylesheet of the test build`);
	return texts[url];
};
const parts = offlineParts({ files, langs: ['fr', 'en'], read });

describe('offline parts', () => {
	it('the French shell: its pages, their data, and exactly the modules they load, lazy ones included', () => {
		expect(parts.fr.shell).toEqual(
			[
				'/',
				'/favicon.svg',
				'/fr.webmanifest',
				'/fr/',
				'/fr/not-found/',
				'/en/not-found/',
				'/fr/modules/m/step/',
				'/fr/modules/m/checks.json',
				'/fr/modules/m/quiz/',
				'/fr/modules/m/quiz/keys.json',
				'/fr/modules/m/quiz/views.json',
				'/_app/immutable/enhance.A.js',
				'/_app/immutable/islands/step-checks.B.js',
				'/_app/immutable/islands/quiz.Q.js',
				'/_app/immutable/chunks/shared.js',
				'/_app/immutable/chunks/runner.js',
				'/_app/immutable/chunks/case.js',
				'/_app/immutable/assets/icon.svg',
				'/_app/immutable/assets/case.css',
				'/_app/immutable/assets/bg.png'
			].sort()
		);
	});

	it('nothing of the other language but its not-found page, of SvelteKit’s unused client, of the teacher’s modules, or inlined stylesheets', () => {
		const shell = parts.fr.shell.filter((url) => url !== '/en/not-found/').join(' ');
		expect(shell).not.toMatch(/\/en[/.]/);
		expect(shell).not.toMatch(/nodes|kit\.js|qr\.js|inlined|__data|\.br|exports|_headers|service-worker/);
	});

	it('the search index of each language holds only that language’s files and Pagefind’s own script', () => {
		expect(parts.fr.search).toEqual(
			['/pagefind/fragment/fr_2.pf_fragment', '/pagefind/index/fr_1.pf_index', '/pagefind/pagefind-entry.json', '/pagefind/pagefind-worker.js', '/pagefind/pagefind.fr_abc.pf_meta', '/pagefind/pagefind.js', '/pagefind/wasm.fr.pagefind'].sort()
		);
		expect(parts.en.search).toContain('/pagefind/fragment/en_3.pf_fragment');
		expect(parts.en.search.join(' ')).not.toMatch(/fr_|\.fr\./);
		// the sources' index is not in it: it goes with the sources (issue 27)
		expect([...parts.fr.search, ...parts.en.search].join(' ')).not.toMatch(/pagefind-sources/);
	});

	it('the teacher’s pages (print pages included) and the sources are parts of their own, with their modules', () => {
		expect(parts.fr.teach).toEqual(['/_app/immutable/chunks/qr.js', '/_app/immutable/islands/teach.T.js', '/fr/modules/m/print/', '/fr/teach/']);
		expect(parts.fr.sources).toEqual(
			[
				'/fr/sources/s/',
				'/pagefind-sources/pagefind-entry.json',
				'/pagefind-sources/pagefind.fr_s1.pf_meta',
				'/pagefind-sources/index/fr_s3.pf_index',
				'/pagefind-sources/fragment/fr_s4.pf_fragment'
			].sort()
		);
		expect(parts.en.sources).toEqual(['/pagefind-sources/fragment/en_s5.pf_fragment', '/pagefind-sources/pagefind-entry.json', '/pagefind-sources/pagefind.en_s2.pf_meta']);
		expect(parts.en.shell).toEqual(['/', '/_app/immutable/enhance.A.js', '/en.webmanifest', '/en/', '/en/not-found/', '/favicon.svg', '/fr/not-found/']);
	});

	it('a language the site does not have gets nothing', () => {
		expect(partsOf('/de/', ['fr', 'en'])).toEqual([]);
		expect(partsOf('/pagefind/wasm.unknown.pagefind', ['fr', 'en'])).toEqual([]);
	});

	it('names resolve against the file that holds them', () => {
		expect(references('/fr/a/b/', '<script src="../../../_app/x.js"></script> "/_app/y.css"')).toEqual(['/_app/x.js', '/_app/y.css']);
		expect(references('/_app/immutable/chunks/a.js', 'import("./b.js");"../assets/c.css"')).toEqual(['/_app/immutable/chunks/b.js', '/_app/immutable/assets/c.css']);
	});
});
