import type { Locale } from '$lib/i18n';
import { objectiveHref } from '$lib/content/lessons';
import { splitKeys } from '$lib/quiz/split-keys';
import { firstKeyUrl, firstQuestionOf, keysUrl, quizEntries, quizFor, viewsUrl } from '$lib/content/quiz-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

// The quiz is an island (src/lib/islands/): the page is drawn from its questions, which the island
// fetches (views.json) before it starts with the key of question 1 (first-key.json), and the other
// keys (keys.json) as the learner reaches for the quiz (src/lib/components/quiz/with-keys/). Question 1 is drawn on the server (`firstSeed`), so
// that a learner answers it as soon as the page is shown (issue 27).

export const entries: EntryGenerator = quizEntries;

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	const { module, quiz } = quizFor(lang, params.slug);
	const meta = module.lessons[lang].meta;
	return {
		views: splitKeys(quiz).views,
		keysUrl: keysUrl(lang, module.slug),
		viewsUrl: viewsUrl(lang, module.slug),
		firstKeyUrl: firstKeyUrl(lang, module.slug),
		firstSeed: firstQuestionOf(lang, module.slug).seed,
		title: meta.title,
		objectives: meta.objectives.map((o) => ({ id: o.id, text: o.text, href: objectiveHref(module, lang, o) }))
	};
};
