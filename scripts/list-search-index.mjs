// After `pagefind --site build`: lists the search index files, so that the service worker can
// cache them at install and search works offline.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.env.BUILD_DIR ?? 'build';

// Pagefind writes a WebAssembly file for every language it knows of, and one for pages with none
// ("unknown"): only the site's languages are kept (issue 27: 66 KB a learner's device would
// download for nothing). Every page has a language, so pagefind-entry.json names only those.
const entry = JSON.parse(readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8'));
const wasms = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm}.pagefind`));
for (const name of readdirSync(join(root, 'pagefind'))) {
	if (/^wasm\..+\.pagefind$/.test(name) && !wasms.has(name)) rmSync(join(root, 'pagefind', name));
}
const walk = (dir) =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const files = walk(join(root, 'pagefind'))
	.map((f) => '/' + relative(root, f).split('\\').join('/'))
	.filter((f) => !f.endsWith('/files.json') && !/pagefind-(ui|modular-ui|component-ui|highlight)/.test(f));
writeFileSync(join(root, 'pagefind', 'files.json'), JSON.stringify(files));
console.log(`search index: ${files.length} files listed for offline use`);
