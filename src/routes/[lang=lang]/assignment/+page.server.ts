import { modules, objectiveHref } from '$lib/content/lessons';
import type { Locale } from '$lib/i18n';
import { everyQuizPage } from '$lib/content/quiz-pages';
import type { PageServerLoad } from './$types';

// The assignment itself travels in the link's #fragment (never sent to any server); the page
// carries the questions of every quiz so that any assignment built from them can be taken, and the
// island fetches their keys (kept offline by the service worker, like the page).
export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	return {
		// the questions go to the browser; the keys come from each quiz's keys.json
		...everyQuizPage(lang, 'assignment'),
		modules: modules.map((m) => ({
			slug: m.slug,
			order: m.order,
			title: m.lessons[lang].meta.title,
			objectives: m.lessons[lang].meta.objectives.map((o) => ({
				id: o.id,
				text: o.text,
				href: objectiveHref(m, lang, o)
			}))
		}))
	};
};
