// The site's few behaviours that every page needs (every page is plain HTML; only a page's
// interactive parts, its "islands", use Svelte): the theme switch, the language switch that keeps
// the section being read, the start of the islands, and the service worker that makes the site
// work offline and announces a new version. A module of the client build of its own
// (src/lib/islands/build/vite-plugin.ts calls `enhance()`), fetched once the page has been painted by the
// page's inline script (page-start.ts), which has already applied the saved theme. No imports:
// one request.

const THEME_KEY = 'icc:theme'; // same key as src/lib/storage/device.ts
const root = () => document.documentElement;

function isDark(): boolean {
	const theme = root().dataset.theme;
	return theme ? theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

function showPressed(): void {
	for (const button of document.querySelectorAll('[data-theme-toggle]')) button.setAttribute('aria-pressed', String(isDark()));
}

function switchTheme(): void {
	const next = isDark() ? 'light' : 'dark';
	root().dataset.theme = next;
	try {
		localStorage.setItem(THEME_KEY, next);
	} catch {
		// storage refused: the choice lasts for this page only
	}
	showPressed();
}

// The header's menu is a native <details> (it opens and closes without this module): a click
// elsewhere or Escape closes it, as a menu would.
function closeMenus(except: Element | null, focus = false): void {
	for (const menu of document.querySelectorAll<HTMLDetailsElement>('details[data-menu][open]')) {
		if (except && menu.contains(except)) continue;
		menu.open = false;
		if (focus) menu.querySelector('summary')?.focus();
	}
}

function onKeydown(event: KeyboardEvent): void {
	if (event.key === 'Escape') closeMenus(null, true);
}

function onClick(event: MouseEvent): void {
	const target = event.target instanceof Element ? event.target : null;
	closeMenus(target);
	if (target?.closest('[data-theme-toggle]')) return switchTheme();
	// Both languages share section ids: take the reader to the same section, or keep an #anchor.
	const link = target?.closest<HTMLAnchorElement>('a[data-lang-switch]');
	if (link) {
		// The last heading above the top of the screen. Headings the browser has not laid out (in a
		// closed panel) have no position: passed over.
		let current: Element | null = null;
		for (const heading of document.querySelectorAll('main h2[id], main h3[id]')) {
			if (heading.checkVisibility && !heading.checkVisibility({ contentVisibilityAuto: true })) continue;
			if (heading.getBoundingClientRect().top >= 80) break;
			current = heading;
		}
		const hash = location.hash || (current ? '#' + current.id : '');
		link.setAttribute('href', (link.getAttribute('href') ?? '').split('#')[0].split('?')[0] + location.search + hash);
	}
}

// Each request the page starts costs the main thread a little (a few milliseconds on a slow
// phone): one task per module, so that a tap is never kept waiting behind all of them at once.
// In a tab opened in the background nobody can tap, and the browser would run such a chain of
// timers at one a second: all at once there.
function eachInItsOwnTask<T>(items: T[], work: (item: T) => void, then: () => void): void {
	if (document.visibilityState === 'hidden') {
		items.forEach(work);
		return then();
	}
	let i = 0;
	const next = () => {
		if (i === items.length) return then();
		work(items[i++]);
		setTimeout(next, 0);
	};
	next();
}

function preload(url: string): void {
	const link = document.createElement('link');
	link.rel = 'modulepreload';
	link.href = url;
	document.head.appendChild(link);
}

// An island whose modules cannot be had (offline before they were cached, or evicted; a version
// the host no longer has): the page stays readable as it is and says so, in its language, instead
// of controls that silently do nothing. What the learner did is on the device already.
function start(src: string): void {
	import(/* @vite-ignore */ src).catch((error) => {
		console.error('Island failed to start', error);
		for (const island of document.querySelectorAll(`[data-island][data-src="${CSS.escape(src)}"]`)) {
			island.removeAttribute('aria-busy');
			island.querySelector('[data-pending-click]')?.removeAttribute('data-pending-click');
			const notice = document.createElement('p');
			notice.setAttribute('role', 'alert');
			notice.className = 'island-failure';
			notice.textContent = island.getAttribute('data-failure') ?? '';
			island.before(notice);
		}
	});
}

// Plain HTML pages with an interactive part (an "island", see src/lib/islands/README.md): import
// each island's module, which hydrates it, after asking for the modules it imports (which the
// browser would otherwise only discover one after the other). An island marked
// data-island-when="near" (a lesson step's checks, below the text) is fetched only when it comes
// within half a screen of the view, or is touched: a learner reading the step's first screen
// does not wait behind the quiz engine's code, which arrives while they read on.
export function startIslands(): void {
	const now: Element[] = [];
	const near: Element[] = [];
	for (const island of document.querySelectorAll('[data-island][data-src]')) {
		const when = island.getAttribute('data-island-when');
		if (when === 'touch') startWhenTouched(island);
		else (when === 'near' && 'IntersectionObserver' in window ? near : now).push(island);
	}
	startThese(now);
	if (!near.length) return;
	const observer = new IntersectionObserver(
		(entries) => {
			const seen = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target);
			for (const island of seen) observer.unobserve(island);
			startThese(seen);
		},
		{ rootMargin: '0px 0px 50% 0px' }
	);
	for (const island of near) {
		// a tap or a key on it before it came near (a jump by the keyboard): start it at once
		const early = () => {
			observer.unobserve(island);
			startThese([island]);
		};
		if (reachedAlready(island)) {
			startThese([island]);
			continue;
		}
		observer.observe(island);
		island.addEventListener('pointerdown', early, { once: true });
		island.addEventListener('focusin', early, { once: true });
	}
}

// An island marked data-island-when="touch" (the Listen control) is fetched only when the learner
// reaches for it: a press (kept by the page's inline script and replayed once it has started), a
// focus. The Listen control is drawn hidden and shown here, before its code is fetched, only where
// the browser has a voice for the page's language.
function startWhenTouched(island: Element): void {
	const start = () => startThese([island]);
	if (reachedAlready(island)) return start();
	island.addEventListener('pointerdown', start, { once: true });
	island.addEventListener('focusin', start, { once: true });
	// a control that speaks (data-listen-control) shows only once a voice for the page exists
	const speaking = island.querySelector<HTMLElement>('[data-listen-control]');
	if (speaking) whenVoiceFor(document.documentElement.lang || 'en', () => speaking.removeAttribute('hidden'));
}

// Reached for before this module ran (a key pressed while the page was still loading, on a slow
// network or a busy device): its focus is already inside, or a panel of it already opened. Its
// focusin has passed: without this the island would wait for another touch, and a table of
// contents opened by keyboard would stay unmarked.
function reachedAlready(island: Element): boolean {
	return island.contains(document.activeElement) || island.querySelector('details[open]') !== null;
}

// Calls `show` once the browser has a voice for `lang`, region aside (the rule of
// src/lib/listen/voice.ts, written again here: this module has no imports); voices may arrive late.
function whenVoiceFor(lang: string, show: () => void): void {
	const synth = 'speechSynthesis' in window ? speechSynthesis : undefined;
	if (!synth || !('SpeechSynthesisUtterance' in window)) return;
	const base = lang.toLowerCase().split('-')[0];
	const found = () => {
		if (!synth.getVoices().some((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === base)) return false;
		synth.removeEventListener('voiceschanged', onVoices);
		show();
		return true;
	};
	const onVoices = () => void found();
	if (!found()) synth.addEventListener('voiceschanged', onVoices);
}

// The files an island fetches before it starts (data-prefetch: its questions, its keys), asked for
// with its modules rather than once they have run: one round trip less before it can be used. The
// island's own fetch() then takes the response from the preload (same URL, same credentials).
function prefetch(url: string): void {
	const link = document.createElement('link');
	link.rel = 'preload';
	link.as = 'fetch';
	link.crossOrigin = 'anonymous';
	link.href = url;
	document.head.appendChild(link);
}

const started = new Set<Element>();
function startThese(islands: Element[]): void {
	const sources = new Set<string>();
	const modules = new Set<string>();
	const files = new Set<string>();
	for (const island of islands) {
		if (started.has(island)) continue;
		started.add(island);
		sources.add(island.getAttribute('data-src')!);
		for (const url of (island.getAttribute('data-preload') ?? '').split(' ')) if (url) modules.add(url);
		for (const url of (island.getAttribute('data-prefetch') ?? '').split(' ')) if (url) files.add(url);
	}
	if (!sources.size) return;
	files.forEach(prefetch);
	eachInItsOwnTask([...modules], preload, () => eachInItsOwnTask([...sources], start, () => {}));
}

// A new version downloaded by the service worker is announced (src/lib/components/UpdateBanner.svelte)
// and installed only when the learner asks: never a reload in the middle of a quiz.
// `registration` may be missing: some browsers (privacy modes, embedded views, Playwright's
// `serviceWorkers: 'block'`) resolve register() to nothing instead of refusing it.
function announceUpdates(registration: ServiceWorkerRegistration | undefined): void {
	const banner = document.querySelector<HTMLElement>('[data-update-banner]');
	if (!banner || !registration) return;
	let waiting: ServiceWorker | null = null;
	let reloading = false;
	const show = (worker: ServiceWorker) => {
		waiting = worker;
		banner.hidden = false;
	};
	const watch = (worker: ServiceWorker | null) => {
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed' && navigator.serviceWorker.controller) show(worker);
		});
	};
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (reloading) location.reload();
	});
	if (registration.waiting && navigator.serviceWorker.controller) show(registration.waiting);
	watch(registration.installing);
	registration.addEventListener('updatefound', () => watch(registration.installing));
	banner.querySelector('[data-update-reload]')?.addEventListener('click', () => {
		reloading = true;
		waiting?.postMessage({ type: 'SKIP_WAITING' });
	});
	banner.querySelector('[data-update-later]')?.addEventListener('click', () => {
		banner.hidden = true;
	});
}

// Registered once the page has loaded, so that the worker's downloads never compete with it
// (this module may itself arrive after the load event).
function registerServiceWorker(): void {
	const register = () => navigator.serviceWorker.register('/service-worker.js').then(announceUpdates, () => {});
	if (document.readyState === 'complete') register();
	else window.addEventListener('load', register);
}

// A page opened from a search result (…?highlight=words, src/lib/components/search/SearchPanel.svelte):
// the words are highlighted where they start a word of the page's text, with the CSS Custom
// Highlight API (nothing in the page is changed; styled by ::highlight(search) in app.css), and
// the first one is scrolled into view. Browsers without the API show the page as it is.
const fold = (text: string) => text.toLowerCase().replace(/[\u00c0-\u024f]/g, (c) => c.normalize('NFD')[0]);

export function highlightSearch(): void {
	const words = fold(new URLSearchParams(location.search).get('highlight') ?? '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 1);
	const scope = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
	if (!words.length || !scope || typeof Highlight === 'undefined' || !CSS.highlights) return;
	const ranges: Range[] = [];
	const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node && ranges.length < 200; node = walker.nextNode()) {
		const text = fold(node.nodeValue ?? '');
		for (const word of words) {
			for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
				if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue; // inside a word
				const range = new Range();
				range.setStart(node, at);
				range.setEnd(node, at + word.length);
				ranges.push(range);
			}
		}
	}
	if (!ranges.length) return;
	CSS.highlights.set('search', new Highlight(...ranges));
	if (location.hash) return;
	const shown = ranges.map((r) => r.startContainer.parentElement).find((el) => el && el.getClientRects().length > 0);
	shown?.scrollIntoView({ block: 'center' });
}

/** Everything above, on the page that has just loaded the module. */
export function enhance(): void {
	document.addEventListener('click', onClick);
	// From now on this module takes the theme switch's presses; one made before it ran (kept by the
	// page's inline script, page-start.ts) is carried out now.
	root().setAttribute('data-enhanced', '');
	for (const button of document.querySelectorAll('[data-theme-toggle][data-pending-click]')) {
		button.removeAttribute('data-pending-click');
		switchTheme();
	}
	document.addEventListener('keydown', onKeydown);
	// In a tab opened in the background, the module may come before the end of the page.
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', showPressed);
		document.addEventListener('DOMContentLoaded', startIslands);
		document.addEventListener('DOMContentLoaded', highlightSearch);
	} else {
		showPressed();
		startIslands();
		highlightSearch();
	}
	if ('serviceWorker' in navigator) registerServiceWorker();
}
