import { modules } from '$lib/content/lessons';
import type { Locale } from '$lib/i18n';
import { everyQuizPage } from '$lib/content/quiz-pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	return {
		// drawn from every quiz; the island fetches their questions (views.json) and keys (keys.json)
		...everyQuizPage(lang, 'review'),
		modules: modules.map((m) => ({ slug: m.slug, order: m.order, title: m.lessons[lang].meta.title }))
	};
};
