import { modules, objectiveHref } from '$lib/content/lessons';
import type { Locale } from '$lib/i18n';
import { everyQuizPage } from '$lib/content/quiz-pages';
import type { PageServerLoad } from './$types';

// The assignment itself travels in the link's #fragment (never sent to any server); any assignment
// built from the quizzes can be taken: the island fetches every quiz's questions and keys (kept
// offline by the service worker, like the page).
export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	return {
		// drawn from every quiz; the island fetches their questions (views.json) and keys (keys.json)
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
