import { modules } from '$lib/content/lessons';
import type { Locale } from '$lib/i18n';
import { islandAssets } from '$lib/server/islands';
import { everyQuizPage } from '$lib/server/quiz-page';
import type { PageServerLoad } from './$types';

// Plain HTML with the review session as an island, hydrated without the SvelteKit client (src/lib/islands/).
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	return {
		island: islandAssets('review'),
		// the questions go to the browser; the keys come from each quiz's keys.json
		...everyQuizPage(lang, 'review'),
		modules: modules.map((m) => ({ slug: m.slug, order: m.order, title: m.lessons[lang].meta.title }))
	};
};
