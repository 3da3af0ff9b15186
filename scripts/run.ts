// Runs a TypeScript script of this project through Vite's module runner, so that it imports the
// site's own modules as the site's build and the tests do: `$lib/…`, imports without extensions,
// and the content loaders (src/lib/content: import.meta.glob, ?raw), which read and validate
// lessons/ and sources/ once, the same way for the site, the tests and the scripts.
//
//   node scripts/run.ts scripts/export.ts [its arguments…]
//
// Node runs this file itself (it strips the types); everything the script imports goes through Vite.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [script] = process.argv.splice(2, 1);
if (!script) {
	console.error('Usage: node scripts/run.ts <script.ts> [arguments…]');
	process.exit(1);
}

// Vite's runner is a dev server: left unset, NODE_ENV would become "development" there, and a
// build the script starts (export.ts bundles the SCORM runtime) would compile Svelte in dev mode,
// a bigger, slower quiz.js. Scripts run the production code, as under plain Node before.
process.env.NODE_ENV ??= 'production';

await runnerImport(resolve(script), {
	root: ROOT,
	logLevel: 'warn',
	resolve: { alias: { $lib: join(ROOT, 'src/lib') } }
});
