// What the service worker keeps for offline use, in parts (decision 20): for each of the site's
// languages, the `shell` a learner uses (lessons, steps, quizzes and their data, review, progress,
// glossary, search page, navigator, assignment page), the `search` index, the `sources` and the
// teacher's pages (`teach`). Each page part comes with exactly the files of /_app/ its pages use:
// the ones their HTML names, then every module, stylesheet or asset those name in turn (static and
// dynamic imports, Vite's preload lists), so a quiz offline can draw every kind of question.
// SvelteKit's own client (entry/, nodes/), built but never loaded (src/lib/islands/README.md), is
// named by no page and so left out. Pure: the build's file list and a reader in, the parts out;
// scripts/list-offline.mjs does the reading and writing.

/** @typedef {{ shell: string[], search: string[], sources: string[], teach: string[] }} Parts */
/** @typedef {'shell' | 'search' | 'sources' | 'teach'} PartName */

export const PART_NAMES = /** @type {const} */ (['shell', 'search', 'sources', 'teach']);

/** The address a file of the build is served at: a folder's index.html is its folder, with its slash.
 * @param {string} file */
export function urlOf(file) {
	return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

// Files no part needs: the precompressed copies, SvelteKit's page data (its client is never
// loaded), the host's headers, the worker itself and this list, the LMS packages (downloads, not
// pages: cached when downloaded), Pagefind's own UI (the site has its own search form).
const NEVER = [
	/\.(br|gz)$/,
	/\/__data\.json$/,
	/^\/_headers$/,
	/^\/service-worker\.js$/,
	/^\/offline\.json$/,
	/^\/exports\//,
	/^\/pagefind(-sources)?\/files\.json$/,
	/^\/pagefind(-sources)?\/pagefind-(ui|modular-ui|component-ui|highlight)\./
];

/** The files of one language in a Pagefind bundle (its index, fragments, meta, WebAssembly), by name. */
const pagefindLang = (/** @type {string} */ name, /** @type {readonly string[]} */ langs) =>
	langs.find((l) => name === `wasm.${l}.pagefind` || name.startsWith(`pagefind.${l}_`) || new RegExp(`^(index|fragment|filter)/${l}_`).test(name));

/**
 * The parts a file of the build belongs to, as [language, part] pairs: none for a file only reached
 * through a page (/_app/), one for a page or data file, one per language for a file every
 * language needs (the icons, Pagefind's own script).
 * @param {string} url an address, as urlOf gives it
 * @param {readonly string[]} langs
 * @returns {[string, PartName][]}
 */
export function partsOf(url, langs) {
	if (NEVER.some((re) => re.test(url)) || url.startsWith('/_app/')) return [];
	const every = (/** @type {PartName} */ part) => langs.map((lang) => /** @type {[string, PartName]} */ ([lang, part]));
	if (url.startsWith('/pagefind/')) {
		const name = url.slice('/pagefind/'.length);
		if (['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].includes(name)) return every('search');
		const lang = pagefindLang(name, langs);
		return lang ? [[lang, 'search']] : [];
	}
	// The sources' own index (issue 27), merged into the lessons' when it can be had: it goes with
	// the sources of its language. Its entry file names every language, so goes with each; its
	// scripts and WebAssembly are never loaded (a merged index is searched by the lessons' own).
	if (url.startsWith('/pagefind-sources/')) {
		const name = url.slice('/pagefind-sources/'.length);
		if (name === 'pagefind-entry.json') return every('sources');
		const lang = name.endsWith('.pagefind') ? undefined : pagefindLang(name, langs);
		return lang ? [[lang, 'sources']] : [];
	}
	// the language chooser and the icons: every language's
	if (url === '/' || (/^\/[^/]+$/.test(url) && !url.endsWith('.webmanifest') && !url.endsWith('.html'))) return every('shell');
	const manifest = /^\/([^/]+)\.webmanifest$/.exec(url);
	if (manifest) return langs.includes(manifest[1]) ? [[manifest[1], 'shell']] : [];
	const [, lang, first, , third] = url.split('/');
	if (!langs.includes(lang)) return [];
	// the page shown offline at an address this device does not have, in the address's language:
	// every language's, in every shell (5 KB each)
	if (first === 'not-found') return every('shell');
	if (first === 'sources') return [[lang, 'sources']];
	// a module's whole-lesson print page goes with the teacher's printed sheets
	if (first === 'teach' || (first === 'modules' && third === 'print')) return [[lang, 'teach']];
	return [[lang, 'shell']];
}

// A stylesheet SvelteKit inlined stays in the page as a disabled <link> (so that Vite does not add
// it again): the browser does not fetch it.
const DISABLED_LINK = /<link\b[^>]*\sdisabled\b[^>]*>/g;
const IN_HTML = /(?:\.{1,2}\/)+(?:[\w@.-]+\/)*_app\/[\w@./-]+|\/_app\/[\w@./-]+/g;
const IN_CODE = /(?:\.{1,2}\/)+[\w@./-]+|\/_app\/[\w@./-]+/g;

/**
 * The files of /_app/ a page, module or stylesheet names (those that exist are kept by the caller).
 * @param {string} url where the text is served (relative names resolve against it)
 * @param {string} text
 */
export function references(url, text) {
	const html = url.endsWith('/') || url.endsWith('.html');
	const found = html ? text.replace(DISABLED_LINK, '').match(IN_HTML) : text.match(IN_CODE);
	const base = new URL(url, 'http://site.invalid');
	return [...new Set((found ?? []).map((name) => new URL(name.replace(/[.]+$/, ''), base).pathname))].filter((p) => p.startsWith('/_app/'));
}

/**
 * The parts of every language.
 * @param {{ files: readonly string[], langs: readonly string[], read: (url: string) => string }} build
 *   files: every file of the build as a path from its root (/fr/index.html, /_app/immutable/…);
 *   read: the text of one of them, by its address (pages, modules and stylesheets only)
 * @returns {Record<string, Parts>}
 */
export function offlineParts({ files, langs, read }) {
	const urls = new Set(files.map(urlOf));
	/** @type {Record<string, Parts>} */
	const parts = Object.fromEntries(langs.map((lang) => [lang, { shell: [], search: [], sources: [], teach: [] }]));
	for (const url of urls) for (const [lang, part] of partsOf(url, langs)) parts[lang][part].push(url);
	/** @type {Map<string, string[]>} */
	const named = new Map();
	const namedBy = (/** @type {string} */ url) => {
		if (!named.has(url)) named.set(url, /\.(js|css)$/.test(url) || url.endsWith('/') ? references(url, read(url)).filter((u) => urls.has(u)) : []);
		return /** @type {string[]} */ (named.get(url));
	};
	for (const lang of langs) {
		for (const part of PART_NAMES) {
			if (part === 'search') continue; // Pagefind's files name nothing of /_app/
			const app = new Set();
			const todo = parts[lang][part].filter((u) => u.endsWith('/'));
			while (todo.length) {
				for (const u of namedBy(/** @type {string} */ (todo.pop()))) {
					if (!app.has(u)) app.add(u), todo.push(u);
				}
			}
			parts[lang][part].push(...app);
		}
		for (const part of PART_NAMES) parts[lang][part].sort();
	}
	return parts;
}
