import type { Component } from 'svelte';

// The compiled steps (mdsvex), each its own chunk, loaded only by the page that shows it: one
// step's page, or the whole lesson on its print page.
const bodies = import.meta.glob<{ default: Component }>('/lessons/*/steps/*/*.md');

const numberOf = (file: string) => Number(/\/steps\/(\d+)-/.exec(file)?.[1]);

/** The files of a module's steps in one language, in step order (the folders' numbers). */
function stepFiles(module: string, lang: string): string[] {
	return Object.keys(bodies)
		.filter((file) => file.startsWith(`/lessons/${module}/steps/`) && file.endsWith(`/${lang}.md`))
		.sort((a, b) => numberOf(a) - numberOf(b));
}

export async function stepBody(module: string, step: string, lang: string): Promise<Component> {
	const file = stepFiles(module, lang).find((f) => new RegExp(`/\\d+-${step}/${lang}\\.md$`).test(f));
	if (!file) throw new Error(`no step file for ${module}/${step}/${lang}`);
	return (await bodies[file]()).default;
}

export async function allStepBodies(module: string, lang: string): Promise<Component[]> {
	return Promise.all(stepFiles(module, lang).map(async (file) => (await bodies[file]()).default));
}
