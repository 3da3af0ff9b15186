import { modules } from '$lib/content/lessons';
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
			objectives: m.lessons[lang].meta.objectives,
			hasQuiz: quizOf(m.slug) !== undefined
		}))
	};
};
