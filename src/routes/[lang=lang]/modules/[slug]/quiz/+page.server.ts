import type { Locale } from '$lib/i18n';
import { objectiveHref } from '$lib/content/lessons';
import { firstAttemptSeed } from '$lib/quiz/attempt';
import { splitKeys } from '$lib/quiz/split-keys';
import { keysUrl, quizEntries, quizFor, viewsUrl } from '$lib/content/quiz-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

// The quiz is an island (src/lib/islands/): the page is drawn from its questions, which the island
// fetches (views.json) before it starts, and their keys (keys.json) as the learner reaches for the
// quiz, needed at the first Check (src/lib/components/quiz/with-keys/). Question 1 is drawn on the server (`firstSeed`), so
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
		// question 1 of a type answered with native radios or boxes: ticked before the island has
		// started, they are kept (hydrate-islands.ts); a typed answer or an arrangement would not be
		firstSeed: firstAttemptSeed(quiz, ['single', 'multiple', 'truefalse']),
		title: meta.title,
		objectives: meta.objectives.map((o) => ({ id: o.id, text: o.text, href: objectiveHref(module, lang, o) }))
	};
};
