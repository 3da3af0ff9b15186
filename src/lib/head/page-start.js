// Inline in every page's <head> (src/hooks.server.ts; allowed by its hash: svelte.config.js). Only
// what cannot wait for the first paint; the rest, static/enhance.js, is fetched after it.
(function () {
	var root = document.documentElement;
	// The saved theme (same key as src/lib/storage/device.ts), so the page is never drawn in the other.
	try {
		var theme = localStorage.getItem('icc:theme');
		if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;
	} catch (e) {}
	// At /, the language chooser: straight to the visitor's language when it is French or English.
	if (location.pathname === '/') {
		var langs = navigator.languages || [navigator.language];
		for (var i = 0; i < langs.length; i++) {
			var lang = String(langs[i]).toLowerCase();
			if (lang.indexOf('en') === 0) return location.replace('/en/');
			if (lang.indexOf('fr') === 0) return location.replace('/fr/');
		}
	}
	// A button pressed in an island that has not started yet is kept, not lost: the island says it
	// is busy and presses it again once hydrated (src/lib/islands/hydrate-islands.ts).
	document.addEventListener(
		'click',
		function (event) {
			var target = event.target instanceof Element ? event.target : null;
			var island = target && target.closest('[data-island]:not([data-hydrated])');
			var button = target && target.closest('button');
			if (!island || !button || button.disabled || !island.contains(button)) return;
			event.preventDefault();
			event.stopPropagation();
			var earlier = island.querySelector('[data-pending-click]');
			if (earlier) earlier.removeAttribute('data-pending-click');
			button.setAttribute('data-pending-click', '');
			island.setAttribute('aria-busy', 'true');
		},
		true
	);
	// static/enhance.js once the page has been painted (or after 1.5 s if no paint is reported; at
	// once in a hidden tab): fetched any earlier, it competes with the page on a slow network.
	var started = false;
	function enhance() {
		if (started) return;
		started = true;
		var script = document.createElement('script');
		script.src = '/enhance.js';
		document.head.appendChild(script);
	}
	var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
	if (document.visibilityState === 'hidden') return enhance();
	if (types.indexOf('paint') < 0) return requestAnimationFrame(function () { setTimeout(enhance, 0); });
	new PerformanceObserver(function (list, observer) {
		if (!list.getEntriesByName('first-contentful-paint').length) return;
		observer.disconnect();
		enhance();
	}).observe({ type: 'paint', buffered: true });
	setTimeout(enhance, 1500);
})();
