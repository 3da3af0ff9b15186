import type { Component } from 'svelte';
// Plain HTML: a lesson needs no framework JavaScript (static/enhance.js covers the theme, the
// language switch and offline use), so it stays light and fast on a slow phone.
export const csr = false;

import type { PageLoad } from './$types';

// The lesson bodies, compiled by mdsvex; each is its own chunk, loaded only on its page.
const lessons = import.meta.glob<{ default: Component }>('/lessons/*/*.md');

export const load: PageLoad = async ({ data, params }) => {
	const load = lessons[`/lessons/${params.slug}/${params.lang}.md`];
	const lesson = await load();
	return { ...data, Lesson: lesson.default };
};
