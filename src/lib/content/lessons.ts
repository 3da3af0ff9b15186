import * as v from 'valibot';
import { locales, type Locale } from '$lib/i18n';
import { checkDiagramUses } from './diagrams';
import { contentFile, moduleFolders, type ModuleFolder } from './files';
import { glossaryOf } from './glossary';
import { essentialWords, readingMinutes, WORDS_PER_MINUTE } from './reading';
import { getSource } from './sources';
import { loadSteps, type Step } from './steps';
import { parseOrThrow, readYaml } from './validate';

// Lessons: lessons/<NN-slug>/<lang>.md, Markdown with YAML frontmatter (mdsvex compiles the body).
// A module's place in the site is its folder's number (files.ts), not a field of its own.
// Every module is in steps (issue 20): its lesson is in lessons/<NN-slug>/steps/ (steps.ts), and
// this file holds the frontmatter and at most a short hook. A module folder without steps/ fails.

/** The longest essentials path of a module, in minutes (issue 20). */
export const MAX_ESSENTIALS_MINUTES = 15;

const frontmatterSchema = v.strictObject({
	title: v.pipe(v.string(), v.nonEmpty()),
	summary: v.pipe(v.string(), v.nonEmpty()),
	/** the date the content holds for ("as of …") */
	asOf: v.pipe(v.string(), v.isoDate('asOf is a date, YYYY-MM-DD')),
	objectives: v.pipe(
		v.array(
			v.strictObject({
				id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'objective ids are lower-case words joined by -')),
				text: v.pipe(v.string(), v.nonEmpty()),
				/** the step that teaches it */
				step: v.pipe(v.string(), v.nonEmpty())
			})
		),
		v.minLength(1, 'a lesson needs at least one objective')
	),
	sources: v.pipe(v.array(v.string()), v.minLength(1, 'a lesson needs at least one source'))
});
/**
 * The frontmatter, the module's place in the site (its folder's number) and its reading time,
 * computed from the words on its essentials path (reading.ts).
 */
export type LessonMeta = v.InferOutput<typeof frontmatterSchema> & { order: number; words: number; readingTime: number };

export interface Lesson {
	slug: string;
	lang: Locale;
	file: string;
	meta: LessonMeta;
	/** the Markdown body (at most a short hook), for checks (citations, length) */
	body: string;
}

function parseFrontmatter(text: string, file: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${file}: the lesson must start with a YAML frontmatter block between --- lines`);
	return { data: readYaml(match[1], file), body: match[2] };
}

/**
 * A lesson file. `steps` are the module's steps in this language: the objectives point to them and
 * the reading time is theirs (with the hook's).
 */
export function parseLesson(text: string, file: string, steps: Step[]): Lesson {
	const match = /^lessons\/((\d+)-[^/]+)\/(fr|en)\.md$/.exec(file);
	if (!match) throw new Error(`${file}: lessons are lessons/<NN-slug>/fr.md or en.md`);
	const { data, body } = parseFrontmatter(text, file);
	const parsed = parseOrThrow(frontmatterSchema, data, file);
	const words = steps.reduce((sum, step) => sum + step.words, essentialWords(body));
	const meta: LessonMeta = { ...parsed, order: Number(match[2]), words, readingTime: readingMinutes(words) };
	for (const objective of meta.objectives) {
		if (!steps.some((step) => step.id === objective.step)) {
			throw new Error(`${file}: objectives: "${objective.id}" must name the step that teaches it (step: <id of a folder in steps/>), not "${objective.step}"`);
		}
	}
	if (body.trim().split(/\s+/).length > 80) throw new Error(`${file}: a module has its lesson in steps/; this file holds the frontmatter and at most a short hook (80 words)`);
	if (meta.readingTime > MAX_ESSENTIALS_MINUTES) {
		throw new Error(`${file}: the essentials path is ${words} words, ${meta.readingTime} minutes at ${WORDS_PER_MINUTE} words a minute (at most ${MAX_ESSENTIALS_MINUTES}): move detail into <Deeper> panels`);
	}
	const objectiveIds = new Set(meta.objectives.map((o) => o.id));
	for (const step of steps) {
		for (const id of step.objectives) {
			if (!objectiveIds.has(id)) throw new Error(`${step.file}: objectives: "${id}" is not an objective of ${file}`);
		}
	}
	for (const id of meta.sources) {
		if (!getSource(id)) throw new Error(`${file}: sources: unknown source "${id}" (see sources/catalog.yaml)`);
	}
	return { slug: match[1], lang: match[3] as Locale, file, meta, body };
}

export interface Module {
	slug: string;
	order: number;
	lessons: Record<Locale, Lesson>;
	/** the lesson's steps, in each language */
	steps: Record<Locale, Step[]>;
}

/** Every <Term id> of every step names an entry of some module's glossary. */
export function checkTerms(steps: Step[], glossaryIds: Set<string>): void {
	for (const step of steps) {
		for (const id of step.terms) {
			if (!glossaryIds.has(id)) throw new Error(`${step.file}: <Term id="${id}">: no glossary entry has this id (lessons/*/glossary.yaml)`);
		}
	}
}

/**
 * The steps of each module folder, in the folders' order. Fails on a module folder without steps/
 * (the lesson in one long page is a format of the past) and on a steps/ folder outside a module.
 */
export function stepsOfModules(folders: ModuleFolder[], allSteps: Map<string, Record<Locale, Step[]>>): Record<Locale, Step[]>[] {
	for (const slug of allSteps.keys()) {
		if (!folders.some((folder) => folder.slug === slug)) throw new Error(`lessons/${slug}/steps: not in a module folder`);
	}
	return folders.map(({ slug }) => {
		const steps = allSteps.get(slug);
		if (!steps) throw new Error(`lessons/${slug}: no steps/ folder; a module's lesson is written in steps (lessons/${slug}/steps/01-<id>/fr.md and en.md, see lessons/README.md)`);
		return steps;
	});
}

function loadModules(): Module[] {
	const folders = moduleFolders();
	const allSteps = stepsOfModules(folders, loadSteps());
	const glossaryIds = new Set(folders.flatMap(({ slug }) => glossaryOf(slug).map((entry) => entry.id)));
	return folders.map(({ slug, order }, index) => {
		const steps = allSteps[index];
		const lessons = Object.fromEntries(
			locales.map((lang) => {
				const file = `lessons/${slug}/${lang}.md`;
				const text = contentFile(file);
				if (text === undefined) throw new Error(`lessons/${slug}: ${lang}.md is missing (every module exists in both languages)`);
				checkTerms(steps[lang], glossaryIds);
				checkDiagramUses(steps[lang], slug);
				return [lang, parseLesson(text, file, steps[lang])];
			})
		) as Record<Locale, Lesson>;
		const { fr, en } = lessons;
		const ids = (l: Lesson) => l.meta.objectives.map((o) => o.id).join(', ');
		if (ids(fr) !== ids(en)) {
			throw new Error(`lessons/${slug}: objectives differ between fr.md (${ids(fr)}) and en.md (${ids(en)})`);
		}
		return { slug, order, lessons, steps };
	});
}

/** Where an objective is taught: its step's page. */
export function objectiveHref(module: Module, lang: Locale, objective: { step: string }): string {
	return `/${lang}/modules/${module.slug}/${objective.step}/`;
}

export const modules: Module[] = loadModules();

export function getModule(slug: string): Module | undefined {
	return modules.find((m) => m.slug === slug);
}
