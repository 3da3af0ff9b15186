import { error } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { locales } from '$lib/i18n';
import { extractCites, resolveAll } from '$lib/content/citations';
import { diagramsIn } from '$lib/content/diagrams';
import { glossaryIn, moduleOrNotFound, timelineIn } from '$lib/content/lesson-pages';
import { modules } from '$lib/content/lessons';
import type { EntryGenerator, PageServerLoad } from './$types';

// The whole lesson on one page, every step in order: to print, and what a SCORM package carries
// (scripts/export.ts reads this page).
export const entries: EntryGenerator = () => modules.flatMap((m) => locales.map((lang) => ({ lang, slug: m.slug })));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	const module = moduleOrNotFound(params.slug);
	const steps = module.steps[lang];
	if (!steps.length) error(404, 'No steps');
	const meta = module.lessons[lang].meta;
	return {
		slug: module.slug,
		meta: { title: meta.title, summary: meta.summary, order: meta.order, asOf: meta.asOf, readingTime: meta.readingTime },
		objectives: meta.objectives.map((o) => ({ id: o.id, text: o.text })),
		steps: steps.map((step) => ({ id: step.id, title: step.title })),
		citations: resolveAll(steps.flatMap((step) => extractCites(step.body, step.file)), lang, `lessons/${module.slug}/steps (${lang})`),
		glossary: glossaryIn(lang),
		timeline: timelineIn(module.slug, lang),
		diagrams: diagramsIn(module.slug, lang)
	};
};
