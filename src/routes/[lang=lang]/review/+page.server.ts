import { modules } from '$lib/content/lessons';
import { allQuizzes } from '$lib/content/quizzes';
import type { Locale } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	return {
		...allQuizzes(lang, 'review'),
		modules: modules.map((m) => ({ slug: m.slug, order: m.order, title: m.lessons[lang].meta.title }))
	};
};
