import type { Component } from 'svelte';
import type { PageLoad } from './$types';

// The step bodies, compiled by mdsvex; each its own chunk, loaded only on its page.
const bodies = import.meta.glob<{ default: Component }>('/lessons/*/steps/*/*.md');

export const load: PageLoad = async ({ data, params }) => {
	const path = Object.keys(bodies).find((file) => new RegExp(`^/lessons/${params.slug}/steps/\\d+-${params.step}/${params.lang}\\.md$`).test(file));
	if (!path) throw new Error(`no step file for ${params.slug}/${params.step}/${params.lang}`);
	const body = await bodies[path]();
	return { ...data, Body: body.default };
};
