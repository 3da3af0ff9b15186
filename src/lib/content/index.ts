// The site's content as one index, read and validated once (as svelte.dev's `create_index`): the
// sources, and the modules in folder order, each with its lessons, quiz, glossary, timeline and
// pictures' words.
// Pages import the loader they need (lessons.ts, quizzes.ts…); scripts (through Vite's module
// runner, scripts/run.ts) and tests read everything here. All of it comes from files.ts, checked
// by validate.ts: a mistake names the file and the field.
import type { Question, Quiz } from '$lib/quiz/types';
import { diagramsOf, type DiagramContent } from './diagrams';
import { glossaryOf, timelineOf, type GlossaryEntry, type TimelineEntry } from './glossary';
import { modules, type Module } from './lessons';
import { casesOf, quizOf } from './quizzes';
import { sources, type Source } from './sources';

export type ModuleContent = Module & {
	/** undefined when the module has no quiz.yaml */
	quiz: Quiz | undefined;
	/** the navigator's graded cases (cases.yaml), empty when it has none */
	cases: Question[];
	glossary: GlossaryEntry[];
	timeline: TimelineEntry[];
	/** the words of its pictures (diagrams.yaml), empty when it has none */
	diagrams: DiagramContent[];
};

export type ContentIndex = { sources: Source[]; modules: ModuleContent[] };

export const content: ContentIndex = {
	sources,
	modules: modules.map((module) => ({
		...module,
		quiz: quizOf(module.slug),
		cases: casesOf(module.slug),
		glossary: glossaryOf(module.slug),
		timeline: timelineOf(module.slug),
		diagrams: diagramsOf(module.slug)
	}))
};
