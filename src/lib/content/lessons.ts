import * as v from 'valibot';
import { locales, type Locale } from '$lib/i18n';
import { checkDiagramUses } from './diagrams';
import { contentFile, moduleFolders } from './files';
import { glossaryOf } from './glossary';
import { essentialWords, readingMinutes, WORDS_PER_MINUTE } from './reading';
import { getSource } from './sources';
import { loadSteps, type Step } from './steps';
import { parseOrThrow, readYaml } from './validate';

// Lessons: lessons/<NN-slug>/<lang>.md, Markdown with YAML frontmatter (mdsvex compiles the body).
// A module's place in the site is its folder's number (files.ts), not a field of its own.
// A module in the step format (issue 20) has its lesson in lessons/<NN-slug>/steps/ (steps.ts) and
// only the frontmatter here; the others still have one long body, until their own issue converts them.

/** The longest essentials path of a module in steps, in minutes (issue 20). */
export const MAX_ESSENTIALS_MINUTES = 15;

const frontmatterSchema = v.strictObject({
	title: v.pipe(v.string(), v.nonEmpty()),
	summary: v.pipe(v.string(), v.nonEmpty()),
	/** the date the content holds for ("as of …") */
	asOf: v.pipe(v.string(), v.isoDate('asOf is a date, YYYY-MM-DD')),
	objectives: v.pipe(
		v.array(
			v.pipe(
				v.strictObject({
					id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'objective ids are lower-case words joined by -')),
					text: v.pipe(v.string(), v.nonEmpty()),
					/** the step that teaches it (a module in steps) */
					step: v.optional(v.pipe(v.string(), v.nonEmpty())),
					/** the <h2 id> that teaches it (a module in one long lesson) */
					section: v.optional(v.pipe(v.string(), v.nonEmpty()))
				}),
				v.check((o) => (o.step === undefined) !== (o.section === undefined), 'an objective names either its step or its section')
			)
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
	/** the Markdown body, for checks (citations, section ids) */
	body: string;
	/** the ids of the lesson's <h2 id> and <h3 id> headings, in order */
	sectionIds: string[];
}

function parseFrontmatter(text: string, file: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${file}: the lesson must start with a YAML frontmatter block between --- lines`);
	return { data: readYaml(match[1], file), body: match[2] };
}

/**
 * A lesson file. `steps` are the module's steps in this language when it is in the step format:
 * then the objectives point to steps and the reading time is theirs.
 */
export function parseLesson(text: string, file: string, steps?: Step[]): Lesson {
	const match = /^lessons\/((\d+)-[^/]+)\/(fr|en)\.md$/.exec(file);
	if (!match) throw new Error(`${file}: lessons are lessons/<NN-slug>/fr.md or en.md`);
	const { data, body } = parseFrontmatter(text, file);
	const parsed = parseOrThrow(frontmatterSchema, data, file);
	const words = steps ? steps.reduce((sum, step) => sum + step.words, essentialWords(body)) : essentialWords(body, { allQuotesShown: true });
	const meta: LessonMeta = { ...parsed, order: Number(match[2]), words, readingTime: readingMinutes(words) };
	const sectionIds = [...body.matchAll(/<h[23]\s+id="([^"]+)"/g)].map((m) => m[1]);
	for (const objective of meta.objectives) {
		if (steps) {
			if (!steps.some((step) => step.id === objective.step)) {
				throw new Error(`${file}: objectives: "${objective.id}" must name the step that teaches it (step: <id of a folder in steps/>), not ${objective.step ?? `section "${objective.section}"`}`);
			}
		} else if (objective.section === undefined || !sectionIds.includes(objective.section)) {
			throw new Error(`${file}: objectives: "${objective.id}" points to section "${objective.section}", which is not an <h2 id> or <h3 id> of the lesson`);
		}
	}
	if (steps) {
		if (body.trim().split(/\s+/).length > 80) throw new Error(`${file}: a module in steps has its lesson in steps/; this file holds the frontmatter and at most a short hook (80 words)`);
		if (meta.readingTime > MAX_ESSENTIALS_MINUTES) {
			throw new Error(`${file}: the essentials path is ${words} words, ${meta.readingTime} minutes at ${WORDS_PER_MINUTE} words a minute (at most ${MAX_ESSENTIALS_MINUTES}): move detail into <Deeper> panels`);
		}
		const objectiveIds = new Set(meta.objectives.map((o) => o.id));
		for (const step of steps) {
			for (const id of step.objectives) {
				if (!objectiveIds.has(id)) throw new Error(`${step.file}: objectives: "${id}" is not an objective of ${file}`);
			}
		}
	}
	for (const id of meta.sources) {
		if (!getSource(id)) throw new Error(`${file}: sources: unknown source "${id}" (see sources/catalog.yaml)`);
	}
	return { slug: match[1], lang: match[3] as Locale, file, meta, body, sectionIds };
}

export interface Module {
	slug: string;
	order: number;
	lessons: Record<Locale, Lesson>;
	/** the lesson's steps, for a module in the step format */
	steps?: Record<Locale, Step[]>;
}

/** Every <Term id> of every step names an entry of some module's glossary. */
export function checkTerms(steps: Step[], glossaryIds: Set<string>): void {
	for (const step of steps) {
		for (const id of step.terms) {
			if (!glossaryIds.has(id)) throw new Error(`${step.file}: <Term id="${id}">: no glossary entry has this id (lessons/*/glossary.yaml)`);
		}
	}
}

function loadModules(): Module[] {
	const folders = moduleFolders();
	const allSteps = loadSteps();
	const glossaryIds = new Set(folders.flatMap(({ slug }) => glossaryOf(slug).map((entry) => entry.id)));
	for (const slug of allSteps.keys()) {
		if (!folders.some((folder) => folder.slug === slug)) throw new Error(`lessons/${slug}/steps: not in a module folder`);
	}
	return folders.map(({ slug, order }) => {
		const steps = allSteps.get(slug);
		const lessons = Object.fromEntries(
			locales.map((lang) => {
				const file = `lessons/${slug}/${lang}.md`;
				const text = contentFile(file);
				if (text === undefined) throw new Error(`lessons/${slug}: ${lang}.md is missing (every module exists in both languages)`);
				if (steps) {
					checkTerms(steps[lang], glossaryIds);
					checkDiagramUses(steps[lang], slug);
				}
				return [lang, parseLesson(text, file, steps?.[lang])];
			})
		) as Record<Locale, Lesson>;
		const { fr, en } = lessons;
		const ids = (l: Lesson) => l.meta.objectives.map((o) => o.id).join(', ');
		if (ids(fr) !== ids(en)) {
			throw new Error(`lessons/${slug}: objectives differ between fr.md (${ids(fr)}) and en.md (${ids(en)})`);
		}
		return { slug, order, lessons, ...(steps ? { steps } : {}) };
	});
}

/** Where an objective is taught: its step's page, or its section of the long lesson. */
export function objectiveHref(module: Module, lang: Locale, objective: { step?: string; section?: string }): string {
	return objective.step ? `/${lang}/modules/${module.slug}/${objective.step}/` : `/${lang}/modules/${module.slug}/#${objective.section}`;
}

export const modules: Module[] = loadModules();

export function getModule(slug: string): Module | undefined {
	return modules.find((m) => m.slug === slug);
}
