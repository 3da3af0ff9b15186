import { modules } from '$lib/content/lessons';
import type { Locale } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	return {
		modules: modules.map((module) => {
			const { title, summary, objectives, readingTime, order } = module.lessons[lang].meta;
			return { slug: module.slug, title, summary, objectives, readingTime, order };
		})
	};
};
