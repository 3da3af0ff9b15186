import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enhance } from '../../src/lib/head/enhance';
import { removePageScriptListeners, runPageScript } from './page-script';

// The enhance module (src/lib/head/enhance.ts) asks for an island's modules one task at a time (a tap is never kept waiting
// behind all the requests), except in a tab opened in the background, where the browser would run
// that chain of timers at one a second and nobody can tap.
const script = enhance;
const preloads = () => document.head.querySelectorAll('link[rel="modulepreload"]').length;


beforeEach(() => {
	vi.useFakeTimers();
	vi.spyOn(console, 'error').mockImplementation(() => {}); // the test's island modules do not exist
	document.body.innerHTML = `<div data-island="quiz" data-src="/_app/immutable/islands/quiz.js"
		data-preload="/_app/immutable/chunks/a.js /_app/immutable/chunks/b.js /_app/immutable/chunks/c.js"></div>`;
});
afterEach(() => {
	removePageScriptListeners();
	for (const link of document.head.querySelectorAll('link[rel="modulepreload"]')) link.remove();
	document.body.innerHTML = '';
	vi.restoreAllMocks();
	vi.useRealTimers();
});

describe('starting the islands', () => {
	it('asks for one module per task in a visible page', async () => {
		vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
		runPageScript(script);
		expect(preloads()).toBe(1);
		await vi.advanceTimersByTimeAsync(0);
		expect(preloads()).toBe(2);
		await vi.advanceTimersByTimeAsync(10);
		expect(preloads()).toBe(3);
	});

	it('asks for every module at once in a hidden tab', () => {
		vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
		runPageScript(script);
		expect(preloads()).toBe(3);
	});

	it('fetches an island marked "near" only once it comes near the view, or is touched', async () => {
		vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
		let notify: ((entries: { isIntersecting: boolean; target: Element }[]) => void) | undefined;
		const observed: Element[] = [];
		vi.stubGlobal(
			'IntersectionObserver',
			class {
				constructor(callback: typeof notify) {
					notify = callback;
				}
				observe(element: Element) {
					observed.push(element);
				}
				unobserve() {}
			}
		);
		document.body.innerHTML = `<div data-island="step-checks" data-island-when="near" data-src="/_app/immutable/islands/step-checks.js"
			data-preload="/_app/immutable/chunks/a.js /_app/immutable/chunks/b.js"></div>
			<div data-island="step-checks" data-island-when="near" data-src="/_app/immutable/islands/step-checks.js"
			data-preload="/_app/immutable/chunks/c.js"></div>`;
		runPageScript(script);
		expect(preloads()).toBe(0);
		expect(observed).toHaveLength(2);
		notify!([{ isIntersecting: false, target: observed[0] }]);
		expect(preloads()).toBe(0);
		notify!([{ isIntersecting: true, target: observed[0] }]);
		expect(preloads()).toBe(2);
		// the second, touched before it came near
		observed[1].dispatchEvent(new Event('pointerdown'));
		expect(preloads()).toBe(3);
		vi.unstubAllGlobals();
	});

	it('fetches the Listen control only when it is pressed, and shows it only where a voice reads the page', () => {
		vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
		const listeners: Record<string, () => void> = {};
		let voices = [{ lang: 'en-GB' }];
		vi.stubGlobal('SpeechSynthesisUtterance', class {});
		vi.stubGlobal('speechSynthesis', {
			getVoices: () => voices,
			addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
			removeEventListener: () => {}
		});
		document.documentElement.lang = 'fr';
		document.body.innerHTML = `<div data-island="listen" data-island-when="touch" data-src="/_app/immutable/islands/listen.js"
			data-preload="/_app/immutable/chunks/svelte.js"><div data-listen-control hidden><button>Écouter</button></div></div>`;
		runPageScript(script);
		const control = document.querySelector('[data-listen-control]')!;
		expect(preloads()).toBe(0);
		// no French voice yet: still hidden; one arrives late
		expect(control.hasAttribute('hidden')).toBe(true);
		voices = [{ lang: 'en-GB' }, { lang: 'fr_FR' }];
		listeners.voiceschanged();
		expect(control.hasAttribute('hidden')).toBe(false);
		expect(preloads()).toBe(0);
		document.querySelector('button')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
		expect(preloads()).toBe(1);
		document.documentElement.lang = '';
		vi.unstubAllGlobals();
	});

	it('starts an island reached for before it ran: the focus already inside, or its panel already open', () => {
		vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
		document.body.innerHTML = `<div data-island="step-toc" data-island-when="touch" data-src="/_app/immutable/islands/step-toc.js"
			data-preload="/_app/immutable/chunks/svelte.js"><details><summary tabindex="0">Contents</summary></details></div>`;
		document.querySelector<HTMLElement>('summary')!.focus();
		runPageScript(script);
		expect(preloads()).toBe(1);
		removePageScriptListeners();
		for (const link of document.head.querySelectorAll('link[rel="modulepreload"]')) link.remove();
		// opened, focus elsewhere
		document.body.innerHTML = `<div data-island="step-toc" data-island-when="touch" data-src="/_app/immutable/islands/step-toc.js"
			data-preload="/_app/immutable/chunks/svelte.js"><details open><summary>Contents</summary></details></div><button>x</button>`;
		document.querySelector<HTMLElement>('button')!.focus();
		runPageScript(script);
		expect(preloads()).toBe(1);
		removePageScriptListeners();
		for (const link of document.head.querySelectorAll('link[rel="modulepreload"]')) link.remove();
		// neither: it waits
		document.body.innerHTML = `<div data-island="step-toc" data-island-when="touch" data-src="/_app/immutable/islands/step-toc.js"
			data-preload="/_app/immutable/chunks/svelte.js"><details><summary>Contents</summary></details></div>`;
		runPageScript(script);
		expect(preloads()).toBe(0);
	});
});
