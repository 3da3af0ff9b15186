import * as v from 'valibot';
import { locales, type Locale } from '$lib/i18n';
import { contentFile, moduleFolders } from './files';
import { getSource } from './sources';
import { parseOrThrow, readYaml } from './validate';

// Lessons: lessons/<NN-slug>/<lang>.md, Markdown with YAML frontmatter (mdsvex compiles the body).
// A module's place in the site is its folder's number (files.ts), not a field of its own.

const frontmatterSchema = v.strictObject({
	title: v.pipe(v.string(), v.nonEmpty()),
	summary: v.pipe(v.string(), v.nonEmpty()),
	readingTime: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)),
	objectives: v.pipe(
		v.array(
			v.strictObject({
				id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'objective ids are lower-case words joined by -')),
				text: v.pipe(v.string(), v.nonEmpty()),
				section: v.pipe(v.string(), v.nonEmpty())
			})
		),
		v.minLength(1, 'a lesson needs at least one objective')
	),
	sources: v.pipe(v.array(v.string()), v.minLength(1, 'a lesson needs at least one source'))
});
/** The frontmatter, and the module's place in the site, read from its folder's number. */
export type LessonMeta = v.InferOutput<typeof frontmatterSchema> & { order: number };

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

export function parseLesson(text: string, file: string): Lesson {
	const match = /^lessons\/((\d+)-[^/]+)\/(fr|en)\.md$/.exec(file);
	if (!match) throw new Error(`${file}: lessons are lessons/<NN-slug>/fr.md or en.md`);
	const { data, body } = parseFrontmatter(text, file);
	const meta = { ...parseOrThrow(frontmatterSchema, data, file), order: Number(match[2]) };
	const sectionIds = [...body.matchAll(/<h[23]\s+id="([^"]+)"/g)].map((m) => m[1]);
	for (const objective of meta.objectives) {
		if (!sectionIds.includes(objective.section)) {
			throw new Error(`${file}: objectives: "${objective.id}" points to section "${objective.section}", which is not an <h2 id> or <h3 id> of the lesson`);
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
}

function loadModules(): Module[] {
	return moduleFolders().map(({ slug, order }) => {
		const lessons = Object.fromEntries(
			locales.map((lang) => {
				const file = `lessons/${slug}/${lang}.md`;
				const text = contentFile(file);
				if (text === undefined) throw new Error(`lessons/${slug}: ${lang}.md is missing (every module exists in both languages)`);
				return [lang, parseLesson(text, file)];
			})
		) as Record<Locale, Lesson>;
		const { fr, en } = lessons;
		const ids = (l: Lesson) => l.meta.objectives.map((o) => o.id).join(', ');
		if (ids(fr) !== ids(en)) {
			throw new Error(`lessons/${slug}: objectives differ between fr.md (${ids(fr)}) and en.md (${ids(en)})`);
		}
		return { slug, order, lessons };
	});
}

export const modules: Module[] = loadModules();

export function getModule(slug: string): Module | undefined {
	return modules.find((m) => m.slug === slug);
}
