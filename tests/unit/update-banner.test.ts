import { afterEach, describe, expect, it, vi } from 'vitest';
import { enhance } from '../../src/lib/head/enhance';

// The enhance module (src/lib/head/enhance.ts) announces a new version downloaded by the service worker with the banner that
// every page carries (src/lib/components/UpdateBanner.svelte), and installs it only when asked:
// never a reload in the middle of a quiz. Run here with a stand-in service worker.

class FakeWorker extends EventTarget {
	state = 'installing';
	postMessage = vi.fn();
}

// What each run of the script added to the window, removed after each test.
const added: [string, EventListenerOrEventListenerObject][] = [];

function setUp(options: { waiting?: FakeWorker; controlled: boolean }) {
	// A quiz page, where a reload in the middle would cost the most.
	history.replaceState(null, '', '/en/modules/01-jurisdiction/quiz/');
	document.body.innerHTML = `<div role="status"><div class="update" hidden data-update-banner>
		<p>New version</p><button data-update-reload>Reload</button><button data-update-later>Later</button></div></div>`;
	const container = new EventTarget();
	const registration = Object.assign(new EventTarget(), { waiting: options.waiting ?? null, installing: null as FakeWorker | null });
	Object.defineProperty(navigator, 'serviceWorker', {
		configurable: true,
		value: Object.assign(container, {
			controller: options.controlled ? {} : null,
			register: vi.fn(() => Promise.resolve(registration))
		})
	});
	const add = window.addEventListener.bind(window);
	const spy = vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
		added.push([type, listener!]);
		add(type, listener!, options);
	});
	// The page is still loading: the worker is registered on the load event, not before.
	const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
	enhance();
	readyState.mockRestore();
	spy.mockRestore();
	expect(navigator.serviceWorker.register).not.toHaveBeenCalled();
	expect(added.some(([type]) => type === 'load')).toBe(true);
	window.dispatchEvent(new Event('load'));
	expect(navigator.serviceWorker.register).toHaveBeenCalledWith('/service-worker.js');
	const banner = document.querySelector<HTMLElement>('[data-update-banner]')!;
	return { banner, registration, container };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
	for (const [type, listener] of added.splice(0)) window.removeEventListener(type, listener);
	delete (navigator as { serviceWorker?: unknown }).serviceWorker;
	document.body.innerHTML = '';
});

describe('update banner', () => {
	it('stays hidden on a first visit, and when nothing new is waiting', async () => {
		const { banner } = setUp({ controlled: false, waiting: new FakeWorker() });
		await settle();
		expect(banner.hidden).toBe(true);
		for (const [type, listener] of added.splice(0)) window.removeEventListener(type, listener);
		const second = setUp({ controlled: true });
		await settle();
		expect(second.banner.hidden).toBe(true);
	});

	it('appears when a new version has been installed, and installs it only when asked', async () => {
		const { banner, registration } = setUp({ controlled: true });
		await settle();
		const worker = new FakeWorker();
		registration.installing = worker;
		registration.dispatchEvent(new Event('updatefound'));
		worker.dispatchEvent(new Event('statechange')); // still installing: nothing to say yet
		expect(banner.hidden).toBe(true);
		worker.state = 'installed';
		worker.dispatchEvent(new Event('statechange'));
		expect(banner.hidden).toBe(false);
		expect(worker.postMessage).not.toHaveBeenCalled();
		banner.querySelector<HTMLButtonElement>('[data-update-reload]')!.click();
		expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
	});

	it('"later" hides it and leaves the waiting version alone', async () => {
		const waiting = new FakeWorker();
		const { banner } = setUp({ controlled: true, waiting });
		await settle();
		expect(banner.hidden).toBe(false);
		banner.querySelector<HTMLButtonElement>('[data-update-later]')!.click();
		expect(banner.hidden).toBe(true);
		expect(waiting.postMessage).not.toHaveBeenCalled();
	});
});

describe('service worker registration', () => {
	it('registers at once when the script arrives after the page has loaded', () => {
		const register = vi.fn(() => new Promise(() => {}));
		Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { register } });
		expect(document.readyState).toBe('complete');
		enhance();
		expect(register).toHaveBeenCalledWith('/service-worker.js');
	});
});
