// The text of the page's inline script (page-start.ts), as it goes into every page: compiled from
// TypeScript (for older browsers too: the saved theme must apply everywhere), minified, and run at
// once. One function for both its users, so that they agree byte for byte: svelte.config.js (the
// Content Security Policy allows the script by its hash) and the page itself (vite-plugin.ts gives
// it to src/hooks.server.ts). Node runs this file as it is (no imports of the app's own modules).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { minifySync, transformWithOxc } from 'vite';

const SOURCE = path.join(import.meta.dirname, 'page-start.ts');

let script: Promise<string> | undefined;

export function pageStartScript(): Promise<string> {
	script ??= (async () => {
		const { code } = await transformWithOxc(readFileSync(SOURCE, 'utf8'), SOURCE, { lang: 'ts', target: 'es2017' });
		// The module's one export, called with the URL the page gives its script (data-enhance).
		const run = `(()=>{${code.replace(/^export function pageStart\(/m, 'function pageStart(')}\npageStart(document.currentScript.dataset.enhance)})()`;
		if (run.includes('export ')) throw new Error('page-start.ts: one export, `export function pageStart(`');
		return minifySync('page-start.js', run, { compress: { target: 'es2017' }, mangle: true }).code;
	})();
	return script;
}

/** The script's hash, as a Content Security Policy source. */
export async function pageStartHash(): Promise<string> {
	return `sha256-${createHash('sha256').update(await pageStartScript()).digest('base64')}`;
}
