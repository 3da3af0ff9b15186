import { modules } from '$lib/content/lessons';
import { quizOf } from '$lib/content/quizzes';
import type { Locale } from '$lib/i18n';
import { islandAssets } from '$lib/server/islands';
import type { PageServerLoad } from './$types';

// Plain HTML with the dashboard and the backup panel as an island, hydrated without the SvelteKit client (src/lib/islands/).
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	return {
		island: islandAssets('progress'),
		modules: modules.map((m) => ({
			slug: m.slug,
			order: m.order,
			title: m.lessons[lang].meta.title,
			objectives: m.lessons[lang].meta.objectives,
			hasQuiz: quizOf(m.slug) !== undefined
		}))
	};
};
