import { resolveAll } from '$lib/content/citations';
import { glossaryOf, sortGlossary } from '$lib/content/glossary';
import { modules } from '$lib/content/lessons';
import type { Locale } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	const entries = sortGlossary(modules.flatMap((m) => glossaryOf(m.slug)), lang);
	const titles = Object.fromEntries(modules.map((m) => [m.slug, m.lessons[lang].meta.title]));
	return {
		citations: resolveAll(entries.flatMap((e) => (e.citation ? [e.citation] : [])), lang, 'glossary'),
		entries: entries.map((e) => ({
			id: e.id,
			term: e.term[lang],
			definition: e.definition[lang],
			citation: e.citation,
			module: e.module,
			moduleTitle: titles[e.module]
		}))
	};
};
