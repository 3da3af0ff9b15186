// The site's few behaviours that every page needs (every page is plain HTML; only a page's
// interactive parts, its "islands", use Svelte): the theme, the language switch that keeps the
// section being read, the service worker that makes the site work offline and announces a new
// version, and the start of the islands after the first paint. Loaded from <head>, tiny, so the
// saved theme applies before the first paint (no flash).
// It keeps the theme under the same key as src/lib/storage/device.ts ("icc:" + "theme").
(function () {
	var root = document.documentElement;
	var key = 'icc:theme';
	function saved() {
		try {
			return localStorage.getItem(key);
		} catch (e) {
			return null;
		}
	}
	// The language chooser at / (src/routes/+page.svelte): go straight to the browser's language
	// when it is French or English, before anything is drawn. Both choices stay plain links.
	if (location.pathname === '/') {
		var preferred = (navigator.languages || [navigator.language]).map(function (l) {
			return String(l).toLowerCase();
		});
		for (var p = 0; p < preferred.length; p++) {
			if (preferred[p].indexOf('en') === 0) return location.replace('/en/');
			if (preferred[p].indexOf('fr') === 0) return location.replace('/fr/');
		}
	}

	var theme = saved();
	if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;

	function isDark() {
		return root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
	}
	function showPressed() {
		var buttons = document.querySelectorAll('[data-theme-toggle]');
		for (var i = 0; i < buttons.length; i++) {
			buttons[i].setAttribute('aria-pressed', String(isDark()));
			var icon = buttons[i].querySelector('[data-theme-icon]');
			if (icon) icon.textContent = isDark() ? '☾' : '☀';
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
			var headings = document.querySelectorAll('main h2[id], main h3[id]');
			var current = null;
			for (var j = 0; j < headings.length; j++) if (headings[j].getBoundingClientRect().top < 80) current = headings[j];
			var hash = location.hash || (current ? '#' + current.id : '');
			link.setAttribute('href', link.getAttribute('href').split('#')[0].split('?')[0] + location.search + hash);
		}
	});

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showPressed);
	else showPressed();

	// JavaScript that only makes an already readable page interactive waits until the page has been
	// painted: on a slow phone network it would otherwise compete with the page itself. A hidden tab
	// (nothing to paint) or a browser without paint timing goes on at once or after the next frame;
	// a paint that never gets reported lets it go on after 1.5 s anyway.
	function afterPaint(go) {
		var done = false;
		function once() {
			if (done) return;
			done = true;
			go();
		}
		var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
		if (document.visibilityState === 'hidden') return once();
		if (types.indexOf('paint') < 0) return requestAnimationFrame(function () { setTimeout(once, 0); });
		if (performance.getEntriesByName('first-contentful-paint').length) return once();
		var observer = new PerformanceObserver(function (list) {
			if (list.getEntriesByName('first-contentful-paint').length) {
				observer.disconnect();
				once();
			}
		});
		observer.observe({ type: 'paint', buffered: true });
		setTimeout(once, 1500);
	}
	// Each request the page starts costs the main thread a little (a few milliseconds on a slow
	// phone): one task per module, so that a tap is never kept waiting behind all of them at once.
	function eachInItsOwnTask(items, work, then) {
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
		afterPaint(function () {
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
		});
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startIslands);
	else startIslands();

	// A button pressed before its island has started (on a slow phone, a second or two after the page
	// is shown) is not lost: it is marked, the island says it is busy, and the island presses it again
	// once hydrated (hydration keeps the page's elements: src/lib/islands/hydrate-islands.ts).
	document.addEventListener(
		'click',
		function (event) {
			var target = event.target instanceof Element ? event.target : null;
			var island = target && target.closest('[data-island]:not([data-hydrated])');
			var button = island && target.closest('button');
			if (!button || button.disabled) return;
			event.preventDefault();
			event.stopPropagation();
			var earlier = island.querySelector('[data-pending-click]');
			if (earlier) earlier.removeAttribute('data-pending-click');
			button.setAttribute('data-pending-click', '');
			island.setAttribute('aria-busy', 'true');
		},
		true
	);

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

	if ('serviceWorker' in navigator) {
		addEventListener('load', function () {
			navigator.serviceWorker.register('/service-worker.js').then(announceUpdates, function () {});
		});
	}
})();
