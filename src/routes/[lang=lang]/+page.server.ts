import { modules } from '$lib/content/lessons';
import type { Locale } from '$lib/i18n';
import { islandAssets } from '$lib/server/islands';
import type { PageServerLoad } from './$types';

// Plain HTML, like the lessons: the only part that depends on the device (the "due today" line)
// is an island, hydrated on its own without the SvelteKit client (src/lib/islands/README.md).
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	return {
		dueToday: islandAssets('due-today'),
		modules: modules.map((module) => {
			const { title, summary, objectives, readingTime, order } = module.lessons[lang].meta;
			return { slug: module.slug, title, summary, objectives, readingTime, order };
		})
	};
};
