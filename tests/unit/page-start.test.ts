import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageScript, removePageScriptListeners, runPageScript } from './page-script';

// src/lib/head/page-start.js, the inline script of every page: the saved theme before the first
// paint, presses on an island that has not started kept, and static/enhance.js fetched after the
// paint. Run here as the browser runs it (jsdom reports no paint, so the script goes on after the
// next frame, as in a browser without paint timing).
const script = pageScript('src/lib/head/page-start.js');

const enhanceScripts = () => [...document.head.querySelectorAll('script')].filter((s) => s.getAttribute('src') === '/enhance.js');

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
});

describe('page start', () => {
	it('applies the saved theme at once, and only a theme it knows', () => {
		localStorage.setItem('icc:theme', 'dark');
		runPageScript(script);
		expect(document.documentElement.dataset.theme).toBe('dark');
		delete document.documentElement.dataset.theme;
		localStorage.setItem('icc:theme', '"><script>alert(1)</script>');
		runPageScript(script);
		expect(document.documentElement.dataset.theme).toBeUndefined();
	});

	it('fetches static/enhance.js after the page has been painted, once', async () => {
		runPageScript(script);
		expect(enhanceScripts()).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(2000);
		expect(enhanceScripts()).toHaveLength(1);
	});

	it('keeps a press on a button of an island that has not started, and leaves a started one alone', () => {
		document.body.innerHTML = `
			<div data-island="teach"><button type="submit" id="early">Create the link</button><button id="other">Other</button></div>
			<div data-island="quiz" data-hydrated><button id="live">Check</button></div>`;
		runPageScript(script);
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
