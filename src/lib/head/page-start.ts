// The inline script of every page's <head> (put there by src/hooks.server.ts, compiled by
// inline-script.ts, allowed by its hash: svelte.config.js). Only what cannot wait for the first
// paint; the rest, the enhance module (enhance.ts), is fetched after it. No imports: it is inlined
// on its own, and it must stay small (it is in every page).

/** `enhanceSrc`: the enhance module's URL, which the page gives (data-enhance on the script). */
export function pageStart(enhanceSrc: string | undefined): void {
	const root = document.documentElement;
	// The saved theme (same key as src/lib/storage/device.ts), so the page is never drawn in the other.
	try {
		const theme = localStorage.getItem('icc:theme');
		if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;
	} catch {
		// storage refused: the system's theme
	}
	// At /, the language chooser: straight to the visitor's language when it is French or English.
	if (location.pathname === '/') {
		for (const language of navigator.languages || [navigator.language]) {
			const lang = String(language).toLowerCase();
			if (lang.startsWith('en')) return location.replace('/en/');
			if (lang.startsWith('fr')) return location.replace('/fr/');
		}
	}
	// A button pressed in an island that has not started yet is kept, not lost: the island says it
	// is busy and presses it again once hydrated (src/lib/islands/hydrate-islands.ts).
	document.addEventListener(
		'click',
		(event) => {
			const target = event.target instanceof Element ? event.target : null;
			// The theme switch is the enhance module's: pressed before it has run, the press is kept
			// (a second press takes it back) and carried out when it starts (enhance.ts).
			const toggle = root.hasAttribute('data-enhanced') ? null : target?.closest('[data-theme-toggle]');
			if (toggle) return void toggle.toggleAttribute('data-pending-click');
			const island = target?.closest('[data-island]:not([data-hydrated])');
			const button = target?.closest('button');
			if (!island || !button || button.disabled || !island.contains(button)) return;
			event.preventDefault();
			event.stopPropagation();
			island.querySelector('[data-pending-click]')?.removeAttribute('data-pending-click');
			button.setAttribute('data-pending-click', '');
			island.setAttribute('aria-busy', 'true');
		},
		true
	);
	// The enhance module once the page has been painted (or after 1.5 s if no paint is reported; at
	// once in a hidden tab): fetched any earlier, it competes with the page on a slow network.
	let started = false;
	const enhance = () => {
		if (started || !enhanceSrc) return;
		started = true;
		const script = document.createElement('script');
		script.type = 'module';
		script.src = enhanceSrc;
		document.head.appendChild(script);
	};
	if (document.visibilityState === 'hidden') return enhance();
	if (!window.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
		requestAnimationFrame(() => setTimeout(enhance, 0));
		return;
	}
	new PerformanceObserver((list, observer) => {
		if (!list.getEntriesByName('first-contentful-paint').length) return;
		observer.disconnect();
		enhance();
	}).observe({ type: 'paint', buffered: true });
	setTimeout(enhance, 1500);
}
