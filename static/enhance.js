// The site's few behaviours that every page needs, with or without the Svelte app (lessons and
// sources are plain HTML, no framework JavaScript): the theme, the language switch that keeps the
// section being read, the service worker that makes the site work offline, and the start of the
// Svelte app after the first paint on the pages that have it. Loaded from
// <head>, tiny, so the saved theme applies before the first paint (no flash).
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

	// Pages that use the Svelte app start it through this, once the page has been painted (see
	// src/lib/server/start-after-paint.ts): the module preloads are added back, then `start` imports
	// the app. A hidden tab (nothing to paint) or a browser without paint timing starts at once or
	// after the next frame; a paint that never gets reported starts it after 1.5 s anyway.
	window.__iccAfterPaint = function (preloads, start) {
		return new Promise(function (resolve) {
			var started = false;
			function go() {
				if (started) return;
				started = true;
				var links = document.createDocumentFragment(); // one insertion, not one per module
				for (var i = 0; i < preloads.length; i++) {
					var link = document.createElement('link');
					link.rel = 'modulepreload';
					link.href = preloads[i];
					links.appendChild(link);
				}
				document.head.appendChild(links);
				resolve(start());
			}
			var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
			if (document.visibilityState === 'hidden') return go();
			if (types.indexOf('paint') < 0) return requestAnimationFrame(function () { setTimeout(go, 0); });
			if (performance.getEntriesByName('first-contentful-paint').length) return go();
			var observer = new PerformanceObserver(function (list) {
				if (list.getEntriesByName('first-contentful-paint').length) {
					observer.disconnect();
					go();
				}
			});
			observer.observe({ type: 'paint', buffered: true });
			setTimeout(go, 1500);
		});
	};

	if ('serviceWorker' in navigator) {
		addEventListener('load', function () {
			navigator.serviceWorker.register('/service-worker.js').catch(function () {});
		});
	}
})();
