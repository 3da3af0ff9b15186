// The site's few behaviours that every page needs (every page is plain HTML; only a page's
// interactive parts, its "islands", use Svelte): the theme switch, the language switch that keeps
// the section being read, the start of the islands, and the service worker that makes the site
// work offline and announces a new version. Fetched once the page has been painted, by the page's
// inline script (src/lib/head/page-start.js), which has already applied the saved theme.
(function () {
	var root = document.documentElement;
	var key = 'icc:theme';

	function isDark() {
		return root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
	}
	function showPressed() {
		var buttons = document.querySelectorAll('[data-theme-toggle]');
		for (var i = 0; i < buttons.length; i++) {
			buttons[i].setAttribute('aria-pressed', String(isDark()));
		}
	}

	document.addEventListener('click', function (event) {
		var target = event.target instanceof Element ? event.target : null;
		var toggle = target && target.closest('[data-theme-toggle]');
		if (toggle) {
			var next = isDark() ? 'light' : 'dark';
			root.dataset.theme = next;
			try {
				localStorage.setItem(key, next);
			} catch (e) {
				// storage refused: the choice lasts for this page only
			}
			showPressed();
			return;
		}
		// Both languages share section ids: take the reader to the same section, or keep an #anchor.
		var link = target && target.closest('a[data-lang-switch]');
		if (link) {
			// The last heading above the top of the screen. Headings in a part of a long page that the
			// browser has not laid out yet (content-visibility) have no position: passed over.
			var headings = document.querySelectorAll('main h2[id], main h3[id]');
			var current = null;
			for (var j = 0; j < headings.length; j++) {
				var heading = headings[j];
				if (heading.checkVisibility && !heading.checkVisibility({ contentVisibilityAuto: true })) continue;
				if (heading.getBoundingClientRect().top >= 80) break;
				current = heading;
			}
			var hash = location.hash || (current ? '#' + current.id : '');
			link.setAttribute('href', link.getAttribute('href').split('#')[0].split('?')[0] + location.search + hash);
		}
	});

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showPressed);
	else showPressed();

	// Each request the page starts costs the main thread a little (a few milliseconds on a slow
	// phone): one task per module, so that a tap is never kept waiting behind all of them at once.
	// In a tab opened in the background nobody can tap, and the browser would run such a chain of
	// timers at one a second: all at once there.
	function eachInItsOwnTask(items, work, then) {
		if (document.visibilityState === 'hidden') {
			items.forEach(work);
			return then();
		}
		var i = 0;
		(function next() {
			if (i === items.length) return then();
			work(items[i++]);
			setTimeout(next, 0);
		})();
	}
	function preload(url) {
		var link = document.createElement('link');
		link.rel = 'modulepreload';
		link.href = url;
		document.head.appendChild(link);
	}
	function start(src) {
		import(src).catch(function (error) {
			console.error('Island failed to start', error); // the page stays readable as it is
		});
	}

	// Plain HTML pages with an interactive part (an "island", see src/lib/islands/README.md): import
	// each island's module, which hydrates it, after asking for the modules it imports (which the
	// browser would otherwise only discover one after the other).
	function startIslands() {
		var islands = document.querySelectorAll('[data-island][data-src]');
		if (!islands.length) return;
		var sources = [];
		var modules = [];
		for (var i = 0; i < islands.length; i++) {
			var src = islands[i].getAttribute('data-src');
			if (sources.indexOf(src) >= 0) continue;
			sources.push(src);
			var more = (islands[i].getAttribute('data-preload') || '').split(' ');
			for (var j = 0; j < more.length; j++) if (more[j] && modules.indexOf(more[j]) < 0) modules.push(more[j]);
		}
		eachInItsOwnTask(modules, preload, function () {
			eachInItsOwnTask(sources, start, function () {});
		});
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startIslands);
	else startIslands();

	// A new version downloaded by the service worker is announced (src/lib/components/UpdateBanner.svelte)
	// and installed only when the learner asks: never a reload in the middle of a quiz.
	function announceUpdates(registration) {
		var banner = document.querySelector('[data-update-banner]');
		if (!banner) return;
		var waiting = null;
		var reloading = false;
		function show(worker) {
			waiting = worker;
			banner.hidden = false;
		}
		function watch(worker) {
			if (!worker) return;
			worker.addEventListener('statechange', function () {
				if (worker.state === 'installed' && navigator.serviceWorker.controller) show(worker);
			});
		}
		navigator.serviceWorker.addEventListener('controllerchange', function () {
			if (reloading) location.reload();
		});
		if (registration.waiting && navigator.serviceWorker.controller) show(registration.waiting);
		watch(registration.installing);
		registration.addEventListener('updatefound', function () {
			watch(registration.installing);
		});
		banner.querySelector('[data-update-reload]').addEventListener('click', function () {
			reloading = true;
			if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
		});
		banner.querySelector('[data-update-later]').addEventListener('click', function () {
			banner.hidden = true;
		});
	}

	// Registered once the page has loaded, so that the worker's downloads never compete with it
	// (this script may itself arrive after the load event).
	function register() {
		navigator.serviceWorker.register('/service-worker.js').then(announceUpdates, function () {});
	}
	if ('serviceWorker' in navigator) {
		if (document.readyState === 'complete') register();
		else addEventListener('load', register);
	}
})();
