import { leanQuiz } from '$lib/assignments/lean-quiz';
import { modules } from '$lib/content/lessons';
import { bankOf } from '$lib/content/quizzes';
import { locales, type Locale } from '$lib/i18n';
import type { Quiz } from '$lib/quiz/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => locales.map((lang) => ({ lang }));

// The modules' questions (quiz and graded cases) without explanations, citations or hints: enough to grade the receipts again and
// to say the most common wrong answers in words.
export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	return {
		moduleTitles: Object.fromEntries(modules.map((module) => [module.slug, module.lessons[lang].meta.title])),
		quizzes: modules.map((module) => bankOf(module.slug)).filter((quiz): quiz is Quiz => quiz !== undefined).map((quiz) => leanQuiz(quiz, lang))
	};
};
