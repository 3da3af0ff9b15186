import { getModule, objectiveHref } from '$lib/content/lessons';
import { CASES_MODULE, casesQuizFor } from '$lib/content/quiz-pages';
import { locales, type Locale } from '$lib/i18n';
import { splitKeys } from '$lib/quiz/split-keys';
import type { EntryGenerator, PageServerLoad } from './$types';

// The graded cases of "Can the Court act?" (issue 23): module 1's cases.yaml, taken with the quiz
// island (one quiz UI), their keys in module 1's keys file. The attempt is kept under a name of its
// own, so that it never meets the module's quiz attempt; each answer is recorded for module 1
// (moduleOf), so that the cases count in its progress and come back in review.
export const entries: EntryGenerator = () => locales.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	const module = getModule(CASES_MODULE)!;
	const { quiz, moduleOf, keysUrl, viewsUrl } = casesQuizFor(lang);
	const meta = module.lessons[lang].meta;
	return {
		views: splitKeys(quiz).views,
		keysUrl,
		viewsUrl,
		moduleOf,
		objectives: meta.objectives.map((o) => ({ id: o.id, text: o.text, href: objectiveHref(module, lang, o) }))
	};
};
