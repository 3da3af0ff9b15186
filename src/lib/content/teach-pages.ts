// What a module's teacher pack pages are built from, at build time (issue 25): the pack itself
// (/<lang>/teach/<module>/: plans, discussion, controversy, role cards, guidance), its worksheet
// (…/worksheet/: the quiz's questions without answers) and its answer key (…/key/: the answers, the
// explanations and the sources). The pack's own words come from teach.yaml (teach.ts); the rest from
// the module's lesson, steps, checks, quiz and glossary, through their loaders.
import { error } from '@sveltejs/kit';
import { describeAnswer } from '$lib/describe-answer';
import { accountsText } from '$lib/describe-accounts';
import { evidenceAsMultiple } from '$lib/describe-evidence';
import { locales, type Locale } from '$lib/i18n';
import { keyInput } from '$lib/quiz/grade';
import { hashString, shuffle } from '$lib/quiz/shuffle';
import type { Choice, Question } from '$lib/quiz/types';
import { resolveAll, type ResolvedCitation } from './citations';
import { citationKey, type Citation } from './citation-types';
import { glossaryOf } from './glossary';
import { getModule, type Module } from './lessons';
import { quizOf } from './quizzes';
import { readingMinutes } from './reading';
import { plan2x50, plan50, type Plan, type Segment } from './teach-plan';
import { claimIn, modulesWithPack, ROLES, teachOf, type TeachContent } from './teach';

/** Every pack page's parameters, both languages (for prerendering). */
export function packEntries(): { lang: Locale; slug: string }[] {
	return modulesWithPack().flatMap((slug) => locales.map((lang) => ({ lang, slug })));
}

/** The lesson as the plans read it: its steps with their checks. */
export function segmentsOf(module: Module, lang: Locale): Segment[] {
	return module.steps[lang].map((step) => ({ id: step.id, title: step.title, minutes: readingMinutes(step.words), checks: step.checks.length }));
}

function packOf(slug: string): { module: Module; teach: TeachContent; quiz: Question[] } {
	const module = getModule(slug);
	const teach = teachOf(slug);
	const quiz = quizOf(slug);
	if (!module || !teach || !quiz) error(404, 'No teacher pack for this module');
	return { module, teach, quiz: quiz.questions };
}

function planIn(plan: Plan, module: Module, lang: Locale) {
	const linked = (segments: Segment[] | undefined) => segments?.map((s) => ({ ...s, href: `/${lang}/modules/${module.slug}/${s.id}/` }));
	return plan.sessions.map((rows) => rows.map((row) => ({ ...row, segments: linked(row.segments), home: linked(row.home) })));
}

function moduleHead(module: Module, lang: Locale) {
	const meta = module.lessons[lang].meta;
	return { slug: module.slug, title: meta.title, order: meta.order, summary: meta.summary, asOf: meta.asOf, readingTime: meta.readingTime };
}

/** The pack page: plans, discussion, controversy, role cards and guidance, in one language. */
export function packPage(lang: Locale, slug: string) {
	const { module, teach, quiz } = packOf(slug);
	const segments = segmentsOf(module, lang);
	const lesson = module.lessons[lang];
	const roleCase = teach.roleCards.case;
	const citations: Record<string, ResolvedCitation> = resolveAll(
		teach.citations.map((c) => c.citation),
		lang,
		`lessons/${slug}/teach.yaml`
	);
	const words = (c: Citation) => citationKey(c.source, c.quote);
	return {
		module: moduleHead(module, lang),
		objectives: lesson.meta.objectives.map((o) => o.text),
		terms: glossaryOf(slug).map((entry) => entry.term[lang]),
		checks: segments.reduce((sum, s) => sum + s.checks, 0),
		questions: quiz.length,
		plans: { one: planIn(plan50(segments, quiz.length), module, lang), two: planIn(plan2x50(segments, quiz.map((q) => q.type)), module, lang) },
		hook: claimIn(teach.hook, lang),
		activity: { title: teach.activity.title[lang], text: claimIn(teach.activity.text, lang) },
		prompts: teach.prompts.map((p) => p[lang]),
		controversy: {
			question: teach.controversy.question[lang],
			positions: teach.controversy.positions.map((p) => ({ label: p.label[lang], argument: p.argument[lang], citations: p.citations.map(words) }))
		},
		roleCards: {
			case: { id: roleCase.view.id, facts: roleCase.view.prompt[lang], questions: roleCase.type === 'case' ? roleCase.view.decisions.map((d) => d.prompt[lang]) : [] },
			roles: ROLES.map((role) => ({ role, task: teach.roleCards.roles[role][lang] }))
		},
		guidance: teach.guidance.map((g) => ({ text: g.text[lang], citations: g.citations.map(words) })),
		citationKeys: { hook: teach.hook.citations.map(words), activity: teach.activity.text.citations.map(words) },
		citations
	};
}

/** The page's words for a choice list. */
const labels = (choices: Choice[], lang: Locale) => choices.map((c) => c.label[lang]);

/** One question of the worksheet: what a student reads and answers on paper, no answer given away. */
export type WorksheetItem = {
	n: number;
	id: string;
	type: string;
	prompt: string;
	/** choices to tick (single, multiple) */
	options?: string[];
	/** every choice of the question is short: they are printed side by side */
	inline?: boolean;
	/** one may tick several */
	several?: boolean;
	/** things to put in order, shown shuffled (the authored order is the answer) */
	items?: string[];
	/** matching: the left column and the right column */
	left?: string[];
	right?: string[];
	/** cloze: the text with numbered blanks, and each blank's choices */
	text?: string;
	blanks?: string[][];
	/** a case: its decisions, each with its choices (a comparison's accounts are its `text`) */
	decisions?: { prompt: string; options: string[] }[];
	/** a unit after the line (numeric) */
	unit?: string;
	/** a question applying a rule to a situation (not a case, which asks its own questions): a line for the article or source */
	justify?: boolean;
};

/** Ordering items shuffled, seeded by the question's id (the same sheet every build), never in the authored order, which is the answer. */
export function notInOrder<T>(items: readonly T[], id: string): T[] {
	const shuffled = shuffle(items, hashString(`worksheet:${id}`));
	const same = shuffled.every((item, i) => item === items[i]);
	return same && items.length > 1 ? [...items.slice(1), items[0]] : shuffled;
}

/** The quiz's questions as printed for students: no key, ordering items shuffled (seeded by the question's id: the same sheet every build). */
export function worksheetItem(question: Question, n: number, lang: Locale): WorksheetItem {
	const item: WorksheetItem = { ...worksheetParts(question, n, lang), ...(question.view.scenario && question.type !== 'case' ? { justify: true } : {}) };
	const choices = [...(item.options ?? []), ...(item.blanks?.flat() ?? []), ...(item.decisions?.flatMap((d) => d.options) ?? [])];
	return choices.length && choices.every((choice) => choice.length <= SHORT_CHOICE) ? { ...item, inline: true } : item;
}

/** Choices of at most this many characters fit several to a line. */
const SHORT_CHOICE = 32;

function worksheetParts(question: Question, n: number, lang: Locale): WorksheetItem {
	const base = { n, id: question.view.id, type: question.type, prompt: question.view.prompt[lang] };
	switch (question.type) {
		case 'single':
			return { ...base, options: labels(question.view.options, lang) };
		case 'multiple':
			return { ...base, options: labels(question.view.options, lang), several: true };
		case 'truefalse':
			return base;
		case 'short':
			return base;
		case 'numeric':
			return { ...base, ...(question.view.unit ? { unit: question.view.unit[lang] } : {}) };
		case 'ordering':
			return { ...base, items: labels(notInOrder(question.view.items, question.view.id), lang) };
		case 'matching':
			return { ...base, left: labels(question.view.items, lang), right: labels(question.view.targets, lang) };
		case 'cloze': {
			const index = new Map(question.view.blanks.map((b, i) => [b.id, i + 1]));
			return {
				...base,
				text: question.view.text[lang].replace(/\[\[([^\]]+)\]\]/g, (_, id: string) => `(${index.get(id) ?? '?'}) ________`),
				blanks: question.view.blanks.map((b) => labels(b.options, lang))
			};
		}
		case 'case':
			return {
				...base,
				// a comparison's accounts, printed before its decisions as a bank gives them
				...(question.view.accounts && { text: accountsText(question.view.accounts, lang) }),
				decisions: question.view.decisions.map((d) => ({ prompt: d.prompt[lang], options: labels(d.options, lang) }))
			};
		case 'evidence': {
			// the passage's sentences to tick, with the claim and the task, as a bank gives them
			const multiple = evidenceAsMultiple(question, lang);
			return { ...base, prompt: multiple.view.prompt[lang], options: labels(multiple.view.options, lang), several: true };
		}
		default:
			// a type this sheet does not know yet: its prompt and room to write
			return base;
	}
}

export function worksheetPage(lang: Locale, slug: string) {
	const { module, quiz } = packOf(slug);
	return { module: moduleHead(module, lang), items: quiz.map((q, i) => worksheetItem(q, i + 1, lang)) };
}

/** The answer key: each question's answer in words, its explanation and its sources. */
export function keyPage(lang: Locale, slug: string) {
	const { module, quiz } = packOf(slug);
	const citations = resolveAll(
		quiz.flatMap((q) => q.key.citations),
		lang,
		`lessons/${slug}/quiz.yaml`
	);
	return {
		module: moduleHead(module, lang),
		items: quiz.map((q, i) => ({
			n: i + 1,
			id: q.view.id,
			prompt: q.view.prompt[lang],
			answer: describeAnswer(q, keyInput(q, lang), lang),
			explanation: q.key.explanation[lang],
			citations: [...new Set(q.key.citations.map((c) => citationKey(c.source, c.quote)))]
		})),
		citations
	};
}
