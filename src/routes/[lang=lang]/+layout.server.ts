import { modules } from '$lib/content/lessons';
import type { Locale } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	return {
		lang,
		nav: modules.map((module) => ({
			slug: module.slug,
			order: module.order,
			title: module.lessons[lang].meta.title
		}))
	};
};
