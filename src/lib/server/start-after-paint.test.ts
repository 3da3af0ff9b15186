import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startAfterPaint } from './start-after-paint';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// The shape SvelteKit 2 prerenders (trimmed): preloads in <head>, an inline start script in <body>
// whose hash is in the policy <meta>. The data holds a `$&`, which a string replacement would expand.
const startScript = `
	{
		__sveltekit_abc = { base: new URL("..", location).pathname.slice(0, -1) };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("../_app/immutable/entry/start.js"),
			import("../_app/immutable/entry/app.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2], data: [{ type: "data", data: { note: "costs $& more" } }] });
		});
	}
`;
const page = (script: string, policyHash: string) => `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="script-src 'self' ${policyHash}; object-src 'none'">
<link href="../_app/immutable/entry/start.js" rel="modulepreload">
<link href="../_app/immutable/chunks/common.js" rel="modulepreload">
</head><body><div style="display: contents"><main>Text</main>
<script>${script}</script>
</div></body></html>`;

describe('startAfterPaint', () => {
	const html = startAfterPaint(page(startScript, hash(startScript)));
	const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];

	it('moves the module preloads from <head> into the delayed start', () => {
		expect(html).not.toContain('rel="modulepreload"');
		expect(script).toContain(
			'window.__iccAfterPaint(["../_app/immutable/entry/start.js","../_app/immutable/chunks/common.js"], () => Promise.all(['
		);
	});

	it('keeps the start script working: same data, and a continuation on the promise it returns', () => {
		expect(script).toContain('costs $& more');
		expect(script).toMatch(/import\("\.\.\/_app\/immutable\/entry\/app\.js"\)\s*\]\)\)\.then\(\(\[kit, app\]\) =>/);
		expect(() => new Function(script)).not.toThrow(); // still valid JavaScript
	});

	it('puts the hash of the new script in the policy, in place of the old one', () => {
		expect(html).toContain(hash(script));
		expect(html).not.toContain(hash(startScript));
	});

	it('leaves a page without the app (csr = false) as it is', () => {
		const plain = '<html><head></head><body><p>Lesson</p><script src="/enhance.js"></script></body></html>';
		expect(startAfterPaint(plain)).toBe(plain);
	});

	it('fails the build rather than ship a script the policy would block', () => {
		expect(() => startAfterPaint(page(startScript, "'sha256-other'"))).toThrow(/hash/);
		expect(() => startAfterPaint(page(startScript.replace('Promise.all([', 'Promise.any(['), hash(startScript)))).toThrow(
			/shape/
		);
	});
});
