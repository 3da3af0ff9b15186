import { getContext, setContext } from 'svelte';
import type { DiagramText } from '$lib/content/diagram-types';
import type { Locale } from '$lib/i18n';

// What a lesson step's components need from the page, resolved at build time: the glossary (for
// <Term>), and the module's pictures and timeline (for <Diagram>), in the page's
// language. Citations have their own context (../citation-context.ts), shared with the quiz.
export interface LessonContext {
	lang: Locale;
	/** the module the step belongs to (its folder, e.g. 01-jurisdiction) */
	module: string;
	glossary: Record<string, { term: string; definition: string }>;
	timeline: { date: string; label: string }[];
	/** the module's pictures by name (lessons/<module>/diagrams.yaml) */
	diagrams: Record<string, DiagramText>;
	/** terms as plain text (the whole-lesson page, printed or in a SCORM package, has no popovers) */
	plainTerms?: boolean;
}

const key = Symbol('lesson');

export function setLesson(context: LessonContext): void {
	setContext(key, context);
}

export function getLesson(): LessonContext {
	const context = getContext<LessonContext | undefined>(key);
	if (!context) throw new Error('a lesson component (<Term>, <Diagram>) is used outside a lesson page');
	return context;
}
