import type { Locale } from '$lib/i18n';
import { objectiveHref } from '$lib/content/lessons';
import { splitKeys } from '$lib/quiz/split-keys';
import { keysUrl, quizEntries, quizFor, viewsUrl } from '$lib/content/quiz-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

// The quiz is an island (src/lib/islands/): the page is drawn from its questions, which the island
// fetches (views.json) before it starts, and their keys (keys.json) as the learner reaches for Start
// (src/lib/components/quiz/with-keys/).

export const entries: EntryGenerator = quizEntries;

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	const { module, quiz } = quizFor(lang, params.slug);
	const meta = module.lessons[lang].meta;
	return {
		views: splitKeys(quiz).views,
		keysUrl: keysUrl(lang, module.slug),
		viewsUrl: viewsUrl(lang, module.slug),
		title: meta.title,
		objectives: meta.objectives.map((o) => ({ id: o.id, text: o.text, href: objectiveHref(module, lang, o) }))
	};
};
