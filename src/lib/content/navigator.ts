// The navigator ("Can the Court act?", issue 23): lessons/navigator.yaml, read and checked once,
// when this module loads. A mistake fails the build naming the file and the field:
// - the file's shape (valibot: every text in both languages, every node with its article and a
//   citation, outcomes with a known verdict);
// - the graph (src/lib/navigator/graph.ts, `checkGraph`): an unknown `next`, an id used twice, a
//   node no path reaches, a cycle;
// - each node's `step`: a step of module 1 (the lesson that teaches the rule);
// - every citation verbatim in its source, in both page languages (citations.ts); the citation
//   check (tests/unit/citations.test.ts) also lists them, through tests/unit/collect.ts.
import * as v from 'valibot';
import { locales, type Locale } from '$lib/i18n';
import { checkGraph } from '../navigator/graph';
import { VERDICTS, type NavGraph } from '../navigator/types';
import { citationKey, type Citation, type ResolvedCitation } from './citation-types';
import { resolveAll } from './citations';
import { contentFile } from './files';
import { modules } from './lessons';
import { citationSchema, fail, localizedSchema, parseOrThrow, readYaml } from './validate';

export const NAVIGATOR_FILE = 'lessons/navigator.yaml';
/** The module whose steps teach the navigator's rules. */
export const NAVIGATOR_MODULE = '01-jurisdiction';

const idSchema = v.pipe(v.string('must be an id'), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by -'));
const citationsSchema = v.union(
	[citationSchema, v.pipe(v.array(citationSchema), v.minLength(1, 'needs at least one citation'))],
	'must be a citation { source, quote, translation } or a list of them'
);

const questionSchema = v.strictObject({
	id: idSchema,
	article: localizedSchema,
	step: idSchema,
	prompt: localizedSchema,
	help: localizedSchema,
	options: v.pipe(
		v.array(v.strictObject({ id: idSchema, label: localizedSchema, next: idSchema })),
		v.minLength(2, 'a question needs at least two options'),
		v.maxLength(36, 'at most 36 options (a share link writes each answer as one digit)')
	),
	citation: citationsSchema
});

const outcomeSchema = v.strictObject({
	id: idSchema,
	verdict: v.picklist(VERDICTS, `must be one of ${VERDICTS.join(', ')}`),
	article: localizedSchema,
	text: localizedSchema,
	step: v.optional(idSchema),
	citation: citationsSchema
});

const fileSchema = v.strictObject({
	start: idSchema,
	questions: v.pipe(v.array(questionSchema), v.minLength(1, 'needs at least one question')),
	outcomes: v.pipe(v.array(outcomeSchema), v.minLength(1, 'needs at least one outcome'))
});

export type Localized = { fr: string; en: string };
/** The navigator as authored: both languages, citations as written. */
export type NavigatorContent = NavGraph<Localized, Citation>;

const asList = (c: Citation | Citation[]): Citation[] => (Array.isArray(c) ? c : [c]);

/**
 * One navigator.yaml, checked, as a graph; or an Error naming the file and every problem.
 * `stepIds`: the steps a node may name (module 1's); `resolve`: false skips the citation check (a
 * test of the shape alone).
 */
export function parseNavigator(text: string, file: string, stepIds: readonly string[], resolve = true): NavigatorContent {
	const raw = parseOrThrow(fileSchema, readYaml(text, file), file);
	const problems: string[] = [];
	const graph: NavigatorContent = { start: raw.start, questions: {}, outcomes: {} };
	for (const q of raw.questions) {
		if (Object.hasOwn(graph.questions, q.id)) problems.push(`question "${q.id}": the id is used twice`);
		const { citation, ...rest } = q;
		graph.questions[q.id] = { ...rest, citations: asList(citation) };
	}
	for (const o of raw.outcomes) {
		if (Object.hasOwn(graph.outcomes, o.id)) problems.push(`outcome "${o.id}": the id is used twice`);
		const { citation, ...rest } = o;
		graph.outcomes[o.id] = { ...rest, citations: asList(citation) };
	}
	problems.push(...checkGraph(graph));
	for (const node of [...Object.values(graph.questions), ...Object.values(graph.outcomes)]) {
		if (node.step !== undefined && !stepIds.includes(node.step)) {
			problems.push(`"${node.id}": step: "${node.step}" is not a step of lessons/${NAVIGATOR_MODULE}/steps (${stepIds.join(', ')})`);
		}
		if (resolve) {
			for (const lang of locales) {
				try {
					resolveAll(node.citations, lang, `"${node.id}"`);
				} catch (error) {
					problems.push(`${(error as Error).message} (on the ${lang} pages)`);
				}
			}
		}
	}
	if (problems.length) fail(file, problems);
	return graph;
}

const module1 = modules.find((m) => m.slug === NAVIGATOR_MODULE);
const steps = module1?.steps;

const text = contentFile(NAVIGATOR_FILE);
/** The navigator, both languages, checked; undefined when there is no navigator.yaml. */
export const navigator: NavigatorContent | undefined =
	text === undefined ? undefined : parseNavigator(text, NAVIGATOR_FILE, steps?.en.map((s) => s.id) ?? []);

/** Every citation of the navigator, with the node that makes it (the citation check reads this). */
export function navigatorCitations(graph: NavigatorContent | undefined = navigator): { node: string; citation: Citation }[] {
	if (!graph) return [];
	return [...Object.values(graph.questions), ...Object.values(graph.outcomes)].flatMap((node) => node.citations.map((citation) => ({ node: node.id, citation })));
}

// ——— What the page is built from ———

/** A lesson step a node links to. */
export type StepLink = { href: string; title: string };

/** The navigator in one language, as the page and its island take it: citations by key (citation-types.ts, `citationKey`). */
export type NavigatorView = NavGraph<string, string> & {
	lang: Locale;
	citations: Record<string, ResolvedCitation>;
	/** step id → its page and title */
	steps: Record<string, StepLink>;
};

/** The navigator in one page language, its citations resolved (throws, naming the node, on one that is not verbatim). */
export function navigatorIn(lang: Locale, graph: NavigatorContent | undefined = navigator): NavigatorView {
	if (!graph) throw new Error(`${NAVIGATOR_FILE}: missing`);
	const used = new Set([...Object.values(graph.questions), ...Object.values(graph.outcomes)].flatMap((n) => (n.step ? [n.step] : [])));
	const keys = (citations: Citation[]) => citations.map((c) => citationKey(c.source, c.quote));
	const view: NavigatorView = {
		lang,
		start: graph.start,
		questions: Object.fromEntries(
			Object.values(graph.questions).map((q) => [
				q.id,
				{ id: q.id, article: q.article[lang], step: q.step, prompt: q.prompt[lang], help: q.help[lang], options: q.options.map((o) => ({ id: o.id, label: o.label[lang], next: o.next })), citations: keys(q.citations) }
			])
		),
		outcomes: Object.fromEntries(
			Object.values(graph.outcomes).map((o) => [
				o.id,
				{ id: o.id, verdict: o.verdict, article: o.article[lang], text: o.text[lang], ...(o.step ? { step: o.step } : {}), citations: keys(o.citations) }
			])
		),
		citations: resolveAll(
			navigatorCitations(graph).map((c) => c.citation),
			lang,
			NAVIGATOR_FILE
		),
		steps: Object.fromEntries(
			(steps?.[lang] ?? [])
				.filter((s) => used.has(s.id))
				.map((s) => [s.id, { href: `/${lang}/modules/${NAVIGATOR_MODULE}/${s.id}/`, title: s.title }])
		)
	};
	return view;
}
