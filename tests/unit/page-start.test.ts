import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageStartScript } from '../../src/lib/head/inline-script';
import { removePageScriptListeners, runPageScript } from './page-script';

// src/lib/head/page-start.ts, the inline script of every page: the saved theme before the first
// paint, presses on an island that has not started kept, and the enhance module fetched after the
// paint. Run here as the browser runs it, compiled and inlined as in every page (jsdom reports no
// paint, so the script goes on after the next frame, as in a browser without paint timing).
const ENHANCE = '/_app/immutable/enhance.abc.js';
const script = await pageStartScript();
// The page's script element, which gives the enhance module's URL.
const inPage = () => {
	const element = document.createElement('script');
	element.dataset.enhance = ENHANCE;
	vi.spyOn(document, 'currentScript', 'get').mockReturnValue(element);
	runPageScript(script);
};

const enhanceScripts = () => [...document.head.querySelectorAll('script')].filter((s) => s.getAttribute('src') === ENHANCE);

beforeEach(() => {
	history.replaceState(null, '', '/fr/modules/01-jurisdiction/');
	vi.useFakeTimers();
});
afterEach(() => {
	removePageScriptListeners();
	for (const s of enhanceScripts()) s.remove();
	delete document.documentElement.dataset.theme;
	localStorage.clear();
	document.body.innerHTML = '';
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('page start', () => {
	it('applies the saved theme at once, and only a theme it knows', () => {
		localStorage.setItem('icc:theme', 'dark');
		inPage();
		expect(document.documentElement.dataset.theme).toBe('dark');
		delete document.documentElement.dataset.theme;
		localStorage.setItem('icc:theme', '"><script>alert(1)</script>');
		inPage();
		expect(document.documentElement.dataset.theme).toBeUndefined();
	});

	it('fetches the enhance module the page names after the page has been painted, once', async () => {
		inPage();
		expect(enhanceScripts()).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(2000);
		expect(enhanceScripts()).toHaveLength(1);
		expect(enhanceScripts()[0].type).toBe('module');
	});

	it('is small, and allowed by the hash the Content Security Policy gives (svelte.config.js)', async () => {
		// By a path in a variable: the config is plain JS that Node runs, not part of the typed app.
		const configFile = '../../svelte.config.js';
		const { default: config } = (await import(/* @vite-ignore */ configFile)) as { default: import('@sveltejs/kit').Config };
		const { createHash } = await import('node:crypto');
		const hash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
		expect(config.kit?.csp?.directives?.['script-src']).toContain(hash);
		expect(script.length).toBeLessThan(2000);
	});

	it('keeps a press on a button of an island that has not started, and leaves a started one alone', () => {
		document.body.innerHTML = `
			<div data-island="teach"><button type="submit" id="early">Create the link</button><button id="other">Other</button></div>
			<div data-island="quiz" data-hydrated><button id="live">Check</button></div>`;
		inPage();
		const early = document.getElementById('early')!;
		const pressed = new MouseEvent('click', { bubbles: true, cancelable: true });
		early.dispatchEvent(pressed);
		expect(pressed.defaultPrevented).toBe(true);
		expect(early.hasAttribute('data-pending-click')).toBe(true);
		expect(document.querySelector('[data-island="teach"]')!.getAttribute('aria-busy')).toBe('true');
		// Only the last press is kept.
		document.getElementById('other')!.click();
		expect(early.hasAttribute('data-pending-click')).toBe(false);
		expect(document.getElementById('other')!.hasAttribute('data-pending-click')).toBe(true);
		const live = new MouseEvent('click', { bubbles: true, cancelable: true });
		document.getElementById('live')!.dispatchEvent(live);
		expect(live.defaultPrevented).toBe(false);
	});
});
