// After `pagefind --site build`: writes build/offline.json, what the service worker keeps for
// offline use, by language and part (scripts/offline-parts.mjs says what goes where; decision 20).
// `npm run bench:web` reports the size of each part from the same file.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { offlineParts } from './offline-parts.mjs';

const root = process.env.BUILD_DIR ?? 'build';

// Two Pagefind indexes (issue 27): the lessons' in pagefind/ (every page but the sources: the glob
// `*/[!s]*/**` of package.json leaves out sources/ and search/, which has no data-pagefind-body),
// the sources' in pagefind-sources/, merged into the lessons' when the browser can have it
// (src/lib/search/pagefind.ts) and kept offline with the sources (scripts/offline-parts.mjs).
// Pagefind writes a WebAssembly file for every language it knows of, and one for pages with none
// ("unknown"): only the site's languages are kept (issue 27: 66 KB a learner's device would
// download for nothing). Every page has a language, so pagefind-entry.json names only those.
const entry = JSON.parse(readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8'));
const langs = Object.keys(entry.languages);
const wasms = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm}.pagefind`));
for (const name of readdirSync(join(root, 'pagefind'))) {
	if (/^wasm\..+\.pagefind$/.test(name) && !wasms.has(name)) rmSync(join(root, 'pagefind', name));
}
// A merged index is searched with the lessons' scripts and WebAssembly: the sources' bundle keeps
// only its entry file, meta, index and fragments.
for (const name of readdirSync(join(root, 'pagefind-sources'))) {
	if (/^wasm\..+\.pagefind$|^pagefind([-.].*)?\.(js|css)$|^files\.json$/.test(name)) rmSync(join(root, 'pagefind-sources', name));
}

// Pagefind writes after the adapter, which precompresses the rest (decision 14): its scripts and
// entry files get their .br and .gz here, as the adapter writes them (brotli 11, gzip 9): 85 KB
// served as 22. Its index, fragments and WebAssembly are compressed by Pagefind itself.
for (const name of ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind-sources/pagefind-entry.json']) {
	const file = join(root, name);
	const text = readFileSync(file);
	writeFileSync(`${file}.br`, brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } }));
	writeFileSync(`${file}.gz`, gzipSync(text, { level: 9 }));
}

const walk = (dir) =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const files = walk(root).map((f) => '/' + relative(root, f).split('\\').join('/'));
const read = (url) => readFileSync(join(root, url.endsWith('/') ? `${url}index.html` : url), 'utf8');
const parts = offlineParts({ files, langs, read });
writeFileSync(join(root, 'offline.json'), JSON.stringify(parts));
const counts = langs.map((lang) => `${lang}: ${Object.entries(parts[lang]).map(([part, urls]) => `${part} ${urls.length}`).join(', ')}`);
console.log(`offline.json: ${counts.join('; ')} files`);
