// After `pagefind --site build`: lists the search index files, so that the service worker can
// cache them at install and search works offline.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.env.BUILD_DIR ?? 'build';
const walk = (dir) =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const files = walk(join(root, 'pagefind'))
	.map((f) => '/' + relative(root, f).split('\\').join('/'))
	.filter((f) => !f.endsWith('/files.json') && !/pagefind-(ui|modular-ui|component-ui|highlight)/.test(f));
writeFileSync(join(root, 'pagefind', 'files.json'), JSON.stringify(files));
console.log(`search index: ${files.length} files listed for offline use`);
