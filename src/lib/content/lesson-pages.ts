// What the module pages are built from, at build time: a module's landing page (table of contents,
// objectives, timeline, glossary, sources) and each step's page.
import { error } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { locales } from '$lib/i18n';
import { checksForStep } from './checks';
import { extractCites, resolveAll, type ResolvedCitation } from './citations';
import { diagramsIn } from './diagrams';
import { glossaryOf, timelineOf } from './glossary';
import { getModule, modules, objectiveHref, type Module } from './lessons';
import { quizOf } from './quizzes';
import { readingMinutes } from './reading';
import type { Step } from './steps';

export type StepSummary = { id: string; order: number; title: string; minutes: number; checks: string[] };

/** A module, or a 404 (the build fails on a link to it). */
export function moduleOrNotFound(slug: string): Module {
	const module = getModule(slug);
	if (!module) error(404, 'No such module');
	return module;
}

export function stepSummaries(steps: Step[]): StepSummary[] {
	return steps.map((step) => ({ id: step.id, order: step.order, title: step.title, minutes: readingMinutes(step.words), checks: step.checks }));
}

/** Every glossary entry of the site in one language, by id: a step may mark any module's term. */
export function glossaryIn(lang: Locale): Record<string, { term: string; definition: string }> {
	return Object.fromEntries(
		modules.flatMap((m) => glossaryOf(m.slug).map((entry) => [entry.id, { term: entry.term[lang], definition: entry.definition[lang] }]))
	);
}

export function timelineIn(slug: string, lang: Locale): { date: string; label: string }[] {
	return timelineOf(slug).map((entry) => ({ date: entry.date, label: entry.label[lang] }));
}

/** Every step page of every module, in both languages (for prerendering). */
export function stepEntries(): { lang: Locale; slug: string; step: string }[] {
	return modules.flatMap((m) => locales.flatMap((lang) => m.steps[lang].map((step) => ({ lang, slug: m.slug, step: step.id }))));
}

export function stepPage(lang: Locale, slug: string, stepId: string) {
	const module = moduleOrNotFound(slug);
	const steps = module.steps[lang];
	const index = steps.findIndex((step) => step.id === stepId);
	if (index < 0) error(404, 'No such step');
	const step = steps[index];
	const lesson = module.lessons[lang];
	const next = steps[index + 1];
	const previous = steps[index - 1];
	const citations: Record<string, ResolvedCitation> = resolveAll(extractCites(step.body, step.file), lang, step.file);
	return {
		slug: module.slug,
		module: { title: lesson.meta.title, order: lesson.meta.order, asOf: lesson.meta.asOf, readingTime: lesson.meta.readingTime },
		step: { id: step.id, order: step.order, title: step.title, minutes: readingMinutes(step.words), checks: step.checks, hook: step.hook },
		objectives: lesson.meta.objectives
			.filter((o) => step.objectives.includes(o.id))
			.map((o) => ({ id: o.id, text: o.text, href: objectiveHref(module, lang, o) })),
		steps: stepSummaries(steps),
		previous: previous ? { id: previous.id, title: previous.title } : null,
		next: next ? { id: next.id, title: next.title } : null,
		hasQuiz: quizOf(module.slug) !== undefined,
		checks: step.checks.length ? checksForStep(module.slug, step.checks, lang, step.id) : null,
		citations,
		glossary: glossaryIn(lang),
		timeline: timelineIn(module.slug, lang),
		diagrams: diagramsIn(module.slug, lang)
	};
}
