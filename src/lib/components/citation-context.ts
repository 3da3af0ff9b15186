import { getContext, setContext } from 'svelte';
import type { ResolvedCitation } from '$lib/content/citation-types';

// A page resolves its citations at build time (where the source texts are) and hands them down,
// so that <Cite> can link to the paragraph without shipping the sources as JavaScript.
const key = Symbol('citations');

export function setCitations(citations: Record<string, ResolvedCitation>): void {
	setContext(key, citations);
}

export function getCitations(): Record<string, ResolvedCitation> {
	return getContext<Record<string, ResolvedCitation> | undefined>(key) ?? {};
}

// A page outside the site (a SCORM package) has no source pages to link to: <Cite> then names the
// source as plain text.
const linksKey = Symbol('citation-links');
export const CITATION_LINKS_KEY = linksKey;

export function citationLinks(): boolean {
	return getContext<boolean | undefined>(linksKey) ?? true;
}

// A lesson step, a module page and the navigator show citations as compact markers that open in
// place (Cite.svelte); the quiz and the glossary show them whole.
const compactKey = Symbol('citations-compact');

export function setCompactCitations(): void {
	setContext(compactKey, true);
}

export function compactCitations(): boolean {
	return getContext<boolean | undefined>(compactKey) ?? false;
}
