// Build-time rewrite of a prerendered page so that the Svelte app starts only after the page's
// first contentful paint.
//
// Why: every page is complete HTML (prerendered); the JavaScript only makes it interactive. By
// default SvelteKit lists the app's modules as <link rel="modulepreload"> in <head> and imports
// them from an inline script, so on a slow phone network some 50–65 KB of JavaScript compete with
// the page itself before anything is shown: Lighthouse put the largest paint of the hydrated pages
// at 1.6–1.9 s (plain pages: 0.9 s). Here the preload links leave <head>, and the inline start
// script waits for `window.__iccAfterPaint` (static/enhance.js, loaded before it) to add them back
// and import the app once the page has been painted. The text appears first, the app a moment later.
//
// The start script is inline and allowed by its hash in the Content-Security-Policy <meta>: the hash
// of the rewritten script replaces the old one. Anything unexpected throws, so the build fails
// instead of shipping a page whose script the policy would block.
import { createHash } from 'node:crypto';

const PRELOAD = /<link href="([^"]+)" rel="modulepreload">/g;
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function startAfterPaint(html: string): string {
	const preloads = [...html.matchAll(PRELOAD)].map((match) => match[1]);
	const start = [...html.matchAll(INLINE_SCRIPT)].find((match) => match[1].includes('kit.start('));
	if (!start) {
		if (preloads.length > 0) throw new Error('startAfterPaint: module preloads but no SvelteKit start script');
		return html; // a page without the app (csr = false): nothing to delay
	}
	const body = start[1];
	const open = body.indexOf('Promise.all([');
	const close = body.indexOf('])', open);
	if (open < 0 || close < 0 || body.indexOf('Promise.all([', open + 1) >= 0) {
		throw new Error('startAfterPaint: the SvelteKit start script has an unexpected shape');
	}
	const rewritten =
		body.slice(0, open) +
		`window.__iccAfterPaint(${JSON.stringify(preloads)}, () => ` +
		body.slice(open, close + 2) +
		')' +
		body.slice(close + 2);

	const oldHash = sha256(body);
	if (!html.includes(oldHash)) throw new Error('startAfterPaint: the start script hash is not in the page policy');
	return html
		.replace(PRELOAD, '')
		.replace(oldHash, sha256(rewritten))
		.replace(start[0], () => `<script>${rewritten}</script>`); // a function: `$&` in the data stays as it is
}
