import { getModule, objectiveHref } from '$lib/content/lessons';
import { keysUrl } from '$lib/content/quiz-pages';
import { casesOf } from '$lib/content/quizzes';
import { locales, type Locale } from '$lib/i18n';
import { quizIn } from '$lib/quiz/in-language';
import { splitKeys } from '$lib/quiz/split-keys';
import type { EntryGenerator, PageServerLoad } from './$types';

// The graded cases of "Can the Court act?" (issue 23): module 1's cases.yaml, taken with the quiz
// island (one quiz UI), their keys in module 1's keys file. The attempt is kept under a name of its
// own (CASES_ATTEMPT), so that it never meets the module's quiz attempt; each answer is recorded
// for module 1 (moduleOf), so that the cases count in its progress and come back in review.
export const entries: EntryGenerator = () => locales.map((lang) => ({ lang }));

const MODULE = '01-jurisdiction';
/** where the cases' attempt is kept on the device (`attempt:navigator-cases`) */
const CASES_ATTEMPT = 'navigator-cases';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	const module = getModule(MODULE)!;
	const cases = casesOf(MODULE);
	const quiz = quizIn({ module: CASES_ATTEMPT, passMark: 0.7, questions: cases }, lang);
	const meta = module.lessons[lang].meta;
	return {
		views: splitKeys(quiz).views,
		keysUrl: keysUrl(lang, MODULE),
		moduleOf: Object.fromEntries(cases.map((q) => [q.view.id, MODULE])),
		objectives: meta.objectives.map((o) => ({ id: o.id, text: o.text, href: objectiveHref(module, lang, o) }))
	};
};
