// Client side of an island (see README.md): find the server-rendered markup of one component on
// the page, read its props from the element, and hydrate it with Svelte — without the SvelteKit
// client, whose start and router cost more main-thread time on a slow phone than the component.
import { hydrate, type Component } from 'svelte';

// Svelte's `hydrate()` looks for the comment that opens a server-rendered root (<!--[-->).
// Island.svelte renders the component as a dynamic component (`<Island />` from a prop), which
// Svelte wraps in exactly those comments on the server: the element can be hydrated as it is.

export function readProps(element: Element): Record<string, unknown> | undefined {
	try {
		const props: unknown = JSON.parse(element.getAttribute('data-props') ?? '{}');
		return props && typeof props === 'object' && !Array.isArray(props) ? (props as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

/** Hydrates every element marked data-island="name"; returns how many were made interactive. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function hydrateIslands(name: string, component: Component<any>, root: ParentNode = document): number {
	let count = 0;
	for (const target of root.querySelectorAll(`[data-island="${name}"]`)) {
		if (target.hasAttribute('data-hydrated')) continue;
		const props = readProps(target);
		// Written by our own build, so a bad value is a bug; the server-rendered HTML stays readable.
		if (!props) {
			console.error(`Island "${name}": unreadable data-props`);
			continue;
		}
		hydrate(component, { target, props });
		target.setAttribute('data-hydrated', '');
		count++;
	}
	return count;
}
