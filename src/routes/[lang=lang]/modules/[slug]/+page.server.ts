import { error } from '@sveltejs/kit';
import { extractCites, resolveAll, type Citation } from '$lib/content/citations';
import { glossaryOf, sortGlossary, timelineOf } from '$lib/content/glossary';
import { getModule, modules, objectiveHref } from '$lib/content/lessons';
import { stepSummaries, timelineIn } from '$lib/content/lesson-pages';
import { quizOf } from '$lib/content/quizzes';
import { getSource, sourceSummary } from '$lib/content/sources';
import { teachOf } from '$lib/content/teach';
import type { Locale } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	modules.flatMap((m) => (['fr', 'en'] as const).map((lang) => ({ lang, slug: m.slug })));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	const module = getModule(params.slug);
	if (!module) error(404, 'No such module');
	const lesson = module.lessons[lang];
	const glossary = sortGlossary(glossaryOf(module.slug), lang);
	const timeline = timelineOf(module.slug);
	const refs: Citation[] = [
		...extractCites(lesson.body, lesson.file),
		...timeline.map((t) => t.citation)
	];
	const index = modules.indexOf(module);
	const neighbour = (i: number) => {
		const other = modules[i];
		return other ? { slug: other.slug, title: other.lessons[lang].meta.title } : null;
	};
	return {
		slug: module.slug,
		meta: lesson.meta,
		objectives: lesson.meta.objectives.map((o) => ({ id: o.id, text: o.text, href: objectiveHref(module, lang, o) })),
		steps: stepSummaries(module.steps[lang]),
		axis: timelineIn(module.slug, lang),
		citations: resolveAll(refs, lang, lesson.file),
		// the terms only: each links to its definition on the glossary page
		glossary: glossary.map((g) => ({ id: g.id, term: g.term[lang] })),
		timeline: timeline.map((t) => ({ date: t.date, label: t.label[lang], citation: t.citation })),
		sources: lesson.meta.sources.map((id) => sourceSummary(getSource(id)!)),
		hasQuiz: quizOf(module.slug) !== undefined,
		hasPack: teachOf(module.slug) !== undefined,
		previous: neighbour(index - 1),
		next: neighbour(index + 1)
	};
};
