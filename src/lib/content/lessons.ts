import * as v from 'valibot';
import { parse } from 'yaml';
import { locales, type Locale } from '$lib/i18n';
import { getSource } from './sources';
import { parseOrThrow } from './validate';

// Lessons: lessons/<NN-slug>/<lang>.md, Markdown with YAML frontmatter (mdsvex compiles the body).
const lessonTexts = import.meta.glob('/lessons/*/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const frontmatterSchema = v.strictObject({
	title: v.pipe(v.string(), v.nonEmpty()),
	summary: v.pipe(v.string(), v.nonEmpty()),
	order: v.pipe(v.number(), v.integer(), v.minValue(1)),
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
export type LessonMeta = v.InferOutput<typeof frontmatterSchema>;

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

export function parseFrontmatter(text: string, file: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${file}: the lesson must start with a YAML frontmatter block between --- lines`);
	try {
		return { data: parse(match[1]), body: match[2] };
	} catch (error) {
		throw new Error(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
	}
}

export function parseLesson(text: string, file: string): Lesson {
	const match = /^lessons\/([^/]+)\/(fr|en)\.md$/.exec(file);
	if (!match) throw new Error(`${file}: lessons are lessons/<NN-slug>/fr.md or en.md`);
	const { data, body } = parseFrontmatter(text, file);
	const meta = parseOrThrow(frontmatterSchema, data, file);
	const sectionIds = [...body.matchAll(/<h[23]\s+id="([^"]+)"/g)].map((m) => m[1]);
	for (const objective of meta.objectives) {
		if (!sectionIds.includes(objective.section)) {
			throw new Error(`${file}: objectives: "${objective.id}" points to section "${objective.section}", which is not an <h2 id> or <h3 id> of the lesson`);
		}
	}
	for (const id of meta.sources) {
		if (!getSource(id)) throw new Error(`${file}: sources: unknown source "${id}" (see sources/catalog.yaml)`);
	}
	return { slug: match[1], lang: match[2] as Locale, file, meta, body, sectionIds };
}

export interface Module {
	slug: string;
	order: number;
	lessons: Record<Locale, Lesson>;
}

function loadModules(): Module[] {
	const bySlug = new Map<string, Partial<Record<Locale, Lesson>>>();
	for (const [path, text] of Object.entries(lessonTexts)) {
		const file = path.slice(1);
		if (file === 'lessons/README.md') continue;
		const lesson = parseLesson(text, file);
		bySlug.set(lesson.slug, { ...bySlug.get(lesson.slug), [lesson.lang]: lesson });
	}
	const modules: Module[] = [];
	for (const [slug, lessons] of bySlug) {
		for (const lang of locales) {
			if (!lessons[lang]) throw new Error(`lessons/${slug}: ${lang}.md is missing (every module exists in both languages)`);
		}
		const { fr, en } = lessons as Record<Locale, Lesson>;
		const ids = (l: Lesson) => l.meta.objectives.map((o) => o.id).join(', ');
		if (ids(fr) !== ids(en)) {
			throw new Error(`lessons/${slug}: objectives differ between fr.md (${ids(fr)}) and en.md (${ids(en)})`);
		}
		if (fr.meta.order !== en.meta.order) throw new Error(`lessons/${slug}: order differs between fr.md and en.md`);
		modules.push({ slug, order: fr.meta.order, lessons: { fr, en } });
	}
	return modules.sort((a, b) => a.order - b.order);
}

export const modules: Module[] = loadModules();

export function getModule(slug: string): Module | undefined {
	return modules.find((m) => m.slug === slug);
}
