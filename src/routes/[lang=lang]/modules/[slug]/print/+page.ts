import type { Component } from 'svelte';
import type { PageLoad } from './$types';

const bodies = import.meta.glob<{ default: Component }>('/lessons/*/steps/*/*.md');

export const load: PageLoad = async ({ data, params }) => {
	const files = Object.keys(bodies)
		.filter((file) => file.startsWith(`/lessons/${params.slug}/steps/`) && file.endsWith(`/${params.lang}.md`))
		.sort();
	const loaded = await Promise.all(files.map((file) => bodies[file]()));
	return { ...data, Bodies: loaded.map((body) => body.default) };
};
