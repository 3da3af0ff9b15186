// Lesson steps (issue 20): lessons/<module>/steps/<NN>-<id>/<lang>.md, one idea each. The folder
// gives the step its place (the number) and its id (the rest), the same in both languages, so the
// language switch and a link to a step land on the same step. The body is mdsvex, compiled for the
// page by Vite; here it is read as text for the checks the build enforces.
import * as v from 'valibot';
import { locales, type Locale } from '$lib/i18n';
import { contentFiles } from './files';
import { essentialWords, tagAttributes } from './reading';
import { parseOrThrow, readYaml } from './validate';

/** A step of more counted words than this must end with a check. */
export const MAX_WORDS_WITHOUT_CHECK = 400;
/** Ids a step may not take: they are other pages of a module. */
const RESERVED = new Set(['quiz', 'print', 'all', 'checks']);

const stepSchema = v.strictObject({
	title: v.pipe(v.string(), v.nonEmpty()),
	objectives: v.pipe(v.array(v.string()), v.minLength(1, 'a step teaches at least one objective')),
	checks: v.optional(v.array(v.string()), [])
});

export interface Step {
	id: string;
	/** 1-based place in the module */
	order: number;
	lang: Locale;
	file: string;
	title: string;
	objectives: string[];
	/** ids of questions of the module's checks.yaml, shown at the end of the step */
	checks: string[];
	body: string;
	/** words on the essentials path (reading.ts) */
	words: number;
	/** glossary ids marked with <Term id> */
	terms: string[];
	/** the hook (the step's first paragraph), as plain text: the page's description */
	hook: string;
}

/** The first paragraph of prose of a step, tags dropped, at most about 160 characters. */
function hookOf(body: string): string {
	const prose = body
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<Deeper\b[\s\S]*?<\/Deeper>/g, '')
		.split(/\n\s*\n/)
		.map((block) => block.replace(/<[^>]*>/g, '').replace(/[*_]/g, '').replace(/\s+/g, ' ').trim())
		.find((block) => block.length > 0) ?? '';
	if (prose.length <= 160) return prose;
	return prose.slice(0, prose.lastIndexOf(' ', 157)) + '…';
}

function parseStep(text: string, file: string, id: string, order: number, lang: Locale): Step {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${file}: a step starts with a YAML frontmatter block between --- lines (title, objectives, checks)`);
	const meta = parseOrThrow(stepSchema, readYaml(match[1], file), file);
	const body = match[2];
	const terms = [...body.matchAll(/<Term\b([^>]*)>/g)].map((tag) => {
		const termId = tagAttributes(tag[1]).id;
		if (!termId) throw new Error(`${file}: <Term> needs id="…" (a glossary id): ${tag[0]}`);
		return termId;
	});
	const twice = terms.find((term, index) => terms.indexOf(term) !== index);
	if (twice) throw new Error(`${file}: <Term id="${twice}"> is marked twice; mark only a term's first use in a step`);
	for (const nested of body.matchAll(/<Deeper\b[^>]*>((?:(?!<\/Deeper>)[\s\S])*?)<Deeper\b/g)) {
		throw new Error(`${file}: a <Deeper> panel inside another: ${nested[0].slice(0, 80)}`);
	}
	// the panel writes "Go deeper:" / "Pour aller plus loin :" itself (lesson_go_deeper): a title
	// that says it again reads twice on the page
	for (const tag of body.matchAll(/<Deeper\b([^>]*)>/g)) {
		const title = tagAttributes(tag[1]).title ?? '';
		if (/^(go deeper|pour aller plus loin)\b/i.test(title.trim())) {
			throw new Error(`${file}: <Deeper title="${title}">: the panel already says "Go deeper" / "Pour aller plus loin"; the title says what is inside`);
		}
	}
	return { id, order, lang, file, ...meta, body, words: essentialWords(body), terms, hook: hookOf(body) };
}

/**
 * The steps of every module that has a steps/ folder, by module slug, in both languages. Fails on
 * a step missing in one language, a reserved or malformed id, two steps with the same number.
 */
export function loadSteps(files: Readonly<Record<string, string>> = contentFiles): Map<string, Record<Locale, Step[]>> {
	const byModule = new Map<string, Map<string, { order: number; folder: string; texts: Partial<Record<Locale, string>> }>>();
	for (const [file, text] of Object.entries(files)) {
		const match = /^lessons\/([^/]+)\/steps\/([^/]+)\/([^/]+)\.md$/.exec(file);
		if (!match) continue;
		const [, module, folder, lang] = match;
		const named = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(folder);
		if (!named) throw new Error(`${file}: a step folder is named <number>-<id>, e.g. 03-who-can-refer`);
		if (!(locales as readonly string[]).includes(lang)) throw new Error(`${file}: a step file is fr.md or en.md`);
		const id = named[2];
		if (RESERVED.has(id)) throw new Error(`${file}: "${id}" is the name of another page of a module; choose another step id`);
		const steps = byModule.get(module) ?? new Map();
		byModule.set(module, steps);
		const step = steps.get(id) ?? { order: Number(named[1]), folder, texts: {} };
		if (step.order !== Number(named[1])) throw new Error(`lessons/${module}/steps: two folders for step "${id}"`);
		step.texts[lang as Locale] = text;
		steps.set(id, step);
	}
	const out = new Map<string, Record<Locale, Step[]>>();
	for (const [module, steps] of byModule) {
		const ordered = [...steps.entries()].sort((a, b) => a[1].order - b[1].order);
		ordered.forEach(([id, step], index) => {
			if (index > 0 && ordered[index - 1][1].order === step.order) {
				throw new Error(`lessons/${module}/steps: steps "${ordered[index - 1][0]}" and "${id}" have the same number ${step.order}`);
			}
		});
		const perLang = Object.fromEntries(
			locales.map((lang) => [
				lang,
				ordered.map(([id, step], index) => {
					const file = `lessons/${module}/steps/${step.folder}/${lang}.md`;
					const text = step.texts[lang];
					if (text === undefined) throw new Error(`lessons/${module}/steps/${step.folder}: ${lang}.md is missing (every step exists in both languages)`);
					return parseStep(text, file, id, index + 1, lang);
				})
			])
		) as Record<Locale, Step[]>;
		const { fr, en } = perLang;
		fr.forEach((step, i) => {
			const other = en[i];
			if (step.objectives.join() !== other.objectives.join() || step.checks.join() !== other.checks.join()) {
				throw new Error(`lessons/${module}/steps/…-${step.id}: objectives and checks must be the same in fr.md and en.md`);
			}
		});
		const seen = new Map<string, string>();
		for (const step of fr) {
			for (const id of step.checks) {
				const other = seen.get(id);
				if (other) throw new Error(`${step.file}: checks: "${id}" is also step "${other}"'s; a check belongs to one step`);
				seen.set(id, step.id);
			}
		}
		for (const step of [...fr, ...en]) {
			if (step.words > MAX_WORDS_WITHOUT_CHECK && step.checks.length === 0) {
				throw new Error(`${step.file}: ${step.words} words on the essentials path and no check; a step over ${MAX_WORDS_WITHOUT_CHECK} words ends with a check (checks: […]) — or move detail into <Deeper>`);
			}
		}
		out.set(module, perLang);
	}
	return out;
}
