import { error } from '@sveltejs/kit';
import { resolveAll } from '$lib/content/citations';
import { getModule, modules } from '$lib/content/lessons';
import { forLanguage, quizOf } from '$lib/content/quizzes';
import type { Locale } from '$lib/i18n';
import { islandAssets } from '$lib/server/islands';
import type { EntryGenerator, PageServerLoad } from './$types';

// Plain HTML with the quiz as an island, hydrated without the SvelteKit client (src/lib/islands/).
export const csr = false;

export const entries: EntryGenerator = () =>
	modules
		.filter((m) => quizOf(m.slug))
		.flatMap((m) => (['fr', 'en'] as const).map((lang) => ({ lang, slug: m.slug })));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	const module = getModule(params.slug);
	const quiz = module && quizOf(module.slug);
	if (!module || !quiz) error(404, 'No such quiz');
	const file = `lessons/${module.slug}/quiz.yaml`;
	const meta = module.lessons[lang].meta;
	return {
		island: islandAssets('quiz'),
		quiz: forLanguage(quiz, lang),
		title: meta.title,
		objectives: meta.objectives.map((o) => ({ id: o.id, text: o.text, href: `/${lang}/modules/${module.slug}/#${o.section}` })),
		citations: resolveAll(
			quiz.questions.flatMap((q) => q.key.citations),
			lang,
			file
		)
	};
};
