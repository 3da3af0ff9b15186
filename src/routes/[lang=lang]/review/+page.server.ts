import { modules } from '$lib/content/lessons';
import { allQuizzes } from '$lib/content/quizzes';
import type { Locale } from '$lib/i18n';
import { splitKeys } from '$lib/quiz/split-keys';
import { islandAssets } from '$lib/server/islands';
import { keysUrl } from '$lib/server/quiz-page';
import type { PageServerLoad } from './$types';

// Plain HTML with the review session as an island, hydrated without the SvelteKit client (src/lib/islands/).
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	const { quizzes, citations } = allQuizzes(lang, 'review');
	return {
		island: islandAssets('review'),
		quizzes,
		citations,
		// what the browser gets: the questions; the keys come from each quiz's keys.json
		views: quizzes.map((quiz) => splitKeys(quiz).views),
		keysUrls: quizzes.map((quiz) => keysUrl(lang, quiz.module)),
		modules: modules.map((m) => ({ slug: m.slug, order: m.order, title: m.lessons[lang].meta.title }))
	};
};
