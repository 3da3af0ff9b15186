// A module's teacher pack (issue 25): lessons/<NN-slug>/teach.yaml holds only the pack's own words
// (the hook, one activity, discussion prompts, a structured academic controversy with both
// positions sourced, the tasks of the role cards, notes on teaching a charged topic); everything
// else — objectives, steps and their minutes, checks, quiz, glossary, the case of the role cards —
// is read from the module's own files through the other loaders, never written twice.
//
// Checked when read; a mistake fails the build naming the file and the field:
// - the shape (valibot, strict: an unknown field is an error), `module` the folder's name;
// - two positions in the controversy, each with at least one citation;
// - `roleCards.case`: a graded case of the jurisdiction navigator (lessons/01-jurisdiction/cases.yaml);
// - every citation verbatim in its source, with a translation for each page language that needs one.
import * as v from 'valibot';
import { locales, type Locale } from '$lib/i18n';
import type { Question } from '$lib/quiz/types';
import type { Citation } from './citation-types';
import { resolveCitation } from './citations';
import { contentFile, moduleFolders } from './files';
import { casesOf } from './quizzes';
import { citationSchema, fail, issueProblems, localizedSchema, problemLine, readYaml } from './validate';

/** The module whose graded cases the role cards are drawn from (the jurisdiction navigator). */
export const ROLE_CARD_MODULE = '01-jurisdiction';
/** The role cards, in the spirit of the Court's own module for 16–18-year-olds. */
export const ROLES = ['journalist', 'judge', 'defence', 'victims', 'state'] as const;
export type Role = (typeof ROLES)[number];

/** A sentence of the pack that may state facts: then it cites them. */
const claimSchema = v.strictObject({
	text: localizedSchema,
	citations: v.optional(v.array(citationSchema), [])
});

const positionSchema = v.strictObject({
	/** the position in a few words ("Yes: the territory decides") */
	label: localizedSchema,
	/** the position's case, in the module's attributed, neutral voice */
	argument: localizedSchema,
	citations: v.pipe(v.array(citationSchema), v.minLength(1, 'a position is sourced: at least one citation'))
});

export const teachSchema = v.strictObject({
	module: v.string('must be the module folder name'),
	/** the question that opens the lesson */
	hook: claimSchema,
	/** the 50-minute plan's activity */
	activity: v.strictObject({ title: localizedSchema, text: claimSchema }),
	prompts: v.pipe(v.array(localizedSchema), v.minLength(3, 'at least three discussion prompts'), v.maxLength(6, 'at most six discussion prompts')),
	controversy: v.strictObject({
		question: localizedSchema,
		positions: v.pipe(v.array(positionSchema), v.length(2, 'a structured academic controversy has exactly two positions'))
	}),
	roleCards: v.strictObject({
		/** a case id of lessons/01-jurisdiction/cases.yaml */
		case: v.pipe(v.string(), v.nonEmpty()),
		/** each role's task, for this case */
		roles: v.strictObject(Object.fromEntries(ROLES.map((role) => [role, localizedSchema])) as Record<Role, typeof localizedSchema>)
	}),
	/** notes on this module's charged topics (the ground rules common to every module are the page's) */
	guidance: v.pipe(v.array(claimSchema), v.minLength(1, 'at least one note on teaching this module'))
});

type Raw = v.InferOutput<typeof teachSchema>;
export type Claim = Raw['hook'];
export type TeachContent = Omit<Raw, 'roleCards'> & {
	roleCards: { case: Question; roles: Raw['roleCards']['roles'] };
	/** every citation of the file with the field it stands in ("controversy.positions[0].citations[1]") */
	citations: { where: string; citation: Citation }[];
};

function citationsOf(raw: Raw): { where: string; citation: Citation }[] {
	const claim = (where: string, c: Claim) => c.citations.map((citation, i) => ({ where: `${where}.citations[${i}]`, citation }));
	return [
		...claim('hook', raw.hook),
		...claim('activity.text', raw.activity.text),
		...raw.controversy.positions.flatMap((p, n) => p.citations.map((citation, i) => ({ where: `controversy.positions[${n}].citations[${i}]`, citation }))),
		...raw.guidance.flatMap((g, n) => claim(`guidance[${n}]`, g))
	];
}

/**
 * One teach.yaml (already parsed from YAML), checked; `cases` are the navigator's graded cases the
 * role cards may name. Throws listing every problem, one per line: `file: field: problem`.
 */
export function parseTeach(raw: unknown, file: string, cases: readonly Question[]): TeachContent {
	const parsed = v.safeParse(teachSchema, raw ?? {});
	if (!parsed.success) fail(file, issueProblems(parsed.issues).map((problem) => problemLine('', problem)));
	const teach = parsed.output;
	const problems: string[] = [];
	const folder = /(?:^|\/)lessons\/([^/]+)\/teach\.yaml$/.exec(file)?.[1];
	if (folder !== undefined && folder !== teach.module) problems.push(`module: "${teach.module}" differs from the folder "${folder}"`);
	const found = cases.find((question) => question.view.id === teach.roleCards.case);
	if (!found) {
		problems.push(`roleCards.case: "${teach.roleCards.case}" is not a graded case of lessons/${ROLE_CARD_MODULE}/cases.yaml (its cases: ${cases.map((q) => q.view.id).join(', ')})`);
	}
	const citations = citationsOf(teach);
	for (const { where, citation } of citations) {
		for (const lang of locales) {
			const result = resolveCitation(citation, lang);
			if (!result.ok) problems.push(`${where}: ${result.problem}`);
		}
	}
	if (problems.length) fail(file, [...new Set(problems)]);
	return { ...teach, roleCards: { case: found!, roles: teach.roleCards.roles }, citations };
}

// Each module's pack, read and checked once, when this module loads.
const packs = new Map(
	moduleFolders().flatMap(({ slug }) => {
		const file = `lessons/${slug}/teach.yaml`;
		const text = contentFile(file);
		return text === undefined ? [] : [[slug, parseTeach(readYaml(text, file), file, casesOf(ROLE_CARD_MODULE))] as const];
	})
);

/** A module's teacher pack as authored (both languages), or undefined when it has no teach.yaml. */
export function teachOf(module: string): TeachContent | undefined {
	return packs.get(module);
}

/** The modules that have a teacher pack, in the site's order. */
export function modulesWithPack(): string[] {
	return moduleFolders().flatMap(({ slug }) => (packs.has(slug) ? [slug] : []));
}

/** A claim in one language, its citations beside it. */
export function claimIn(claim: Claim, lang: Locale): { text: string; citations: Citation[] } {
	return { text: claim.text[lang], citations: claim.citations };
}
