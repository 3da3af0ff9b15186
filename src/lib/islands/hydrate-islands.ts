// Client side of an island (see README.md): find the server-rendered markup of one component on
// the page, read its props from the element, and hydrate it with Svelte — without the SvelteKit
// client, whose start and router cost more main-thread time on a slow phone than the component.
import { hydrate, type Component } from 'svelte';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

// Svelte's `hydrate()` looks for the comment that opens a server-rendered root (<!--[-->).
// Island.svelte renders the component as a dynamic component (`<Component />`, from the registry), which
// Svelte wraps in exactly those comments on the server: the element can be hydrated as it is.

// A page's language never changes without a new page load: read it from the URL once, rather than
// on every message an island shows (Paraglide's default parses the URL at each call, which was
// about a tenth of the dashboard's hydration time).
let localeFixed = false;
function fixLocale(): void {
	if (localeFixed) return;
	const locale = getLocale();
	overwriteGetLocale(() => locale);
	localeFixed = true;
}

export function readProps(element: Element): Record<string, unknown> | undefined {
	try {
		const props: unknown = JSON.parse(element.getAttribute('data-props') ?? '{}');
		return props && typeof props === 'object' && !Array.isArray(props) ? (props as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

type Props = Record<string, unknown>;

// Lets the browser run what waits (a tap, a paint) before the next piece of work: evaluating an
// island's modules and hydrating it are then two tasks, not one long one that would hold up a tap.
function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * An island's module, as build/vite-plugin.ts imports it: the component, and what it may have to fetch
 * before it can start (e.g. the quiz, its keys: src/lib/components/quiz/with-keys/). `beforeHydrate`
 * resolves to the props to start with, or to what to tell the reader when it cannot start (in the
 * page's language); then the page stays as it was drawn.
 */
export type IslandModule = {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	default: Component<any>;
	beforeHydrate?(props: Props): Promise<Props | string>;
};

function showFailure(target: Element, message: string): void {
	const notice = document.createElement('p');
	notice.setAttribute('role', 'alert');
	notice.className = 'island-failure';
	notice.textContent = message;
	target.before(notice);
}

// Boxes ticked and options chosen before the island started show in the page, but hydration does
// not read them into the component's state (text typed into a field, it does), and a control
// drawn from that state (`checked={chosen}`) is even unticked by it. So they are read before
// hydrating and given back after, with the `change` event the browser would have sent, so that
// what is shown and what the island knows agree.
type EarlyChoices = { boxes: [HTMLInputElement, boolean][]; lists: [HTMLSelectElement, boolean[]][] };

function earlyChoices(target: Element): EarlyChoices {
	const boxes: EarlyChoices['boxes'] = [];
	for (const input of target.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]')) {
		if (input.checked !== input.defaultChecked) boxes.push([input, input.checked]);
	}
	const lists: EarlyChoices['lists'] = [];
	for (const select of target.querySelectorAll('select')) {
		const selected = [...select.options].map((option) => option.selected);
		if ([...select.options].some((option, i) => selected[i] !== option.defaultSelected)) lists.push([select, selected]);
	}
	return { boxes, lists };
}

function giveBackEarlyChoices({ boxes, lists }: EarlyChoices): void {
	// a radio's group: ticking one unticks the others; only the ticked one is sent
	for (const [input, checked] of boxes) input.checked = checked;
	for (const [input, checked] of boxes) if (checked || input.type === 'checkbox') input.dispatchEvent(new Event('change', { bubbles: true }));
	for (const [select, selected] of lists) {
		[...select.options].forEach((option, i) => (option.selected = selected[i] ?? false));
		select.dispatchEvent(new Event('change', { bubbles: true }));
	}
}

// A button pressed before the island started was marked by the page's inline script
// (src/lib/head/page-start.ts): press it now that it works (hydration kept the element). Only the
// last one pressed counts.
function pressPending(target: Element): void {
	target.removeAttribute('aria-busy');
	const pending = target.querySelector<HTMLElement>('[data-pending-click]');
	if (!pending) return;
	pending.removeAttribute('data-pending-click');
	pending.click();
}

/** Hydrates every element marked data-island="name"; resolves to how many were made interactive. */
export async function hydrateIslands(name: string, island: IslandModule, root: ParentNode = document): Promise<number> {
	let count = 0;
	for (const target of root.querySelectorAll(`[data-island="${name}"]`)) {
		if (target.hasAttribute('data-hydrated')) continue;
		const read = readProps(target);
		// Written by our own build, so a bad value is a bug; the server-rendered HTML stays readable.
		if (!read) {
			console.error(`Island "${name}": unreadable data-props`);
			continue;
		}
		let props: Props | string | undefined = read;
		try {
			if (island.beforeHydrate) props = await island.beforeHydrate(read);
		} catch (error) {
			console.error(`Island "${name}" could not start`, error); // a bug: the page stays as drawn
			props = undefined;
		}
		if (props === undefined || typeof props === 'string') {
			target.removeAttribute('aria-busy');
			if (props) showFailure(target, props);
			continue;
		}
		await nextTask();
		// Another copy of the module may have started it meanwhile.
		if (target.hasAttribute('data-hydrated')) continue;
		fixLocale();
		// A user timing per island: Lighthouse and the browser's profiler show what hydration costs.
		const started = performance.now();
		const early = earlyChoices(target);
		hydrate(island.default, { target, props });
		target.setAttribute('data-hydrated', '');
		try {
			performance.measure(`hydrate ${name}`, { start: started });
		} catch {
			// a browser without user timing options: only the timing is lost
		}
		count++;
		giveBackEarlyChoices(early);
		pressPending(target);
	}
	return count;
}
