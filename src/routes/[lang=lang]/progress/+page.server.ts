import { modules, objectiveHref } from '$lib/content/lessons';
import { quizOf } from '$lib/content/quizzes';
import type { Locale } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	return {
		modules: modules.map((m) => ({
			slug: m.slug,
			order: m.order,
			title: m.lessons[lang].meta.title,
			objectives: m.lessons[lang].meta.objectives.map((o) => ({ id: o.id, text: o.text, href: objectiveHref(m, lang, o) })),
			hasQuiz: quizOf(m.slug) !== undefined
		}))
	};
};
