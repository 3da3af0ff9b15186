import type { Component } from 'svelte';
import type { PageLoad } from './$types';

// The lesson bodies, compiled by mdsvex; each is its own chunk, loaded only on its page.
const lessons = import.meta.glob<{ default: Component }>('/lessons/*/*.md');

export const load: PageLoad = async ({ data, params }) => {
	const load = lessons[`/lessons/${params.slug}/${params.lang}.md`];
	const lesson = await load();
	return { ...data, Lesson: lesson.default };
};
