// What the quiz pages, their keys files and the pages that take any quiz's questions (review,
// assignment) are built from: the quizzes in one language (each question type's public view and
// key, src/lib/quiz/in-language.ts), split into questions and keys.
import { error } from '@sveltejs/kit';
import { resolveAll } from '$lib/content/citations';
import { getModule, modules } from '$lib/content/lessons';
import { bankOf, casesOf, everyQuizIn, quizOf } from '$lib/content/quizzes';
import { locales, type Locale } from '$lib/i18n';
import { quizIn } from '$lib/quiz/in-language';
import { splitKeys } from '$lib/quiz/split-keys';

export function quizEntries(): { lang: Locale; slug: string }[] {
	return modules.filter((m) => quizOf(m.slug)).flatMap((m) => locales.map((lang) => ({ lang, slug: m.slug })));
}

export function quizFor(lang: Locale, slug: string) {
	const module = getModule(slug);
	const quiz = module && quizOf(module.slug);
	if (!module || !quiz) error(404, 'No such quiz');
	return {
		module,
		quiz: quizIn(quiz, lang),
		citations: resolveAll(
			quiz.questions.flatMap((q) => q.key.citations),
			lang,
			`lessons/${module.slug}/quiz.yaml`
		)
	};
}

/**
 * A module's keys file: the keys of its quiz and of its graded cases (the navigator's cases page,
 * the review deck and assignments take theirs from here too), with the citations that back them.
 */
export function keysFileFor(lang: Locale, slug: string) {
	const bank = bankOf(slug);
	if (!bank) error(404, 'No such quiz');
	const questions = quizIn(bank, lang);
	return { keys: splitKeys(questions).keys, citations: resolveAll(bank.questions.flatMap((q) => q.key.citations), lang, `lessons/${slug}/quiz.yaml`) };
}

export function keysUrl(lang: Locale, slug: string): string {
	return `/${lang}/modules/${slug}/quiz/keys.json`;
}

/** Where a quiz page's questions are (its island fetches them before it starts: QuizWithKeys). */
export function viewsUrl(lang: Locale, slug: string): string {
	return `/${lang}/modules/${slug}/quiz/views.json`;
}

/** The module whose graded cases the navigator's cases page walks. */
export const CASES_MODULE = '01-jurisdiction';
/** where the cases' attempt is kept on the device (`attempt:navigator-cases`), apart from the quiz's */
const CASES_ATTEMPT = 'navigator-cases';

/**
 * The navigator's graded cases as a quiz in one language: its own attempt, its keys in the module's
 * keys file, each answer recorded for the module (`moduleOf`).
 */
export function casesQuizFor(lang: Locale) {
	const cases = casesOf(CASES_MODULE);
	return {
		quiz: quizIn({ module: CASES_ATTEMPT, passMark: 0.7, questions: cases }, lang),
		moduleOf: Object.fromEntries(cases.map((q) => [q.view.id, CASES_MODULE])),
		keysUrl: keysUrl(lang, CASES_MODULE),
		viewsUrl: `/${lang}/navigator/cases/views.json`
	};
}

/**
 * Every quiz, for a page that lets the learner take any of their questions (review, assignment):
 * whole quizzes to render the page with, and what the browser gets — the questions (`views`) and
 * where each quiz's keys are (`keysUrls`), which the island's `withAllKeys` puts back together.
 */
export function everyQuizPage(lang: Locale, page: string) {
	const { quizzes, citations } = everyQuizIn(lang, page);
	return {
		quizzes,
		citations,
		views: quizzes.map((quiz) => splitKeys(quiz).views),
		keysUrls: quizzes.map((quiz) => keysUrl(lang, quiz.module))
	};
}
