// What the quiz pages, their keys files and the pages that take any quiz's questions (review,
// assignment) are built from: the quizzes in one language (each question type's public view and
// key, src/lib/quiz/in-language.ts), split into questions and keys.
import { error } from '@sveltejs/kit';
import { resolveAll } from '$lib/content/citations';
import { getModule, modules } from '$lib/content/lessons';
import { bankOf, casesOf, everyQuizIn, quizOf } from '$lib/content/quizzes';
import { locales, type Locale } from '$lib/i18n';
import { createAttempt, firstAttemptSeed } from '$lib/quiz/attempt';
import { quizIn } from '$lib/quiz/in-language';
import { joinViews, splitKeys, type QuizViews } from '$lib/quiz/split-keys';
import type { Question } from '$lib/quiz/types';

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

/**
 * Question 1 of the first attempt on a module's quiz page, drawn on the server (issue 27): from a
 * seed fixed per quiz whose question 1 is answered with native radios or boxes — ticked before the
 * island has started, they are kept (hydrate-islands.ts); a typed answer or an arrangement would not be.
 */
export function firstQuestionOf(lang: Locale, slug: string): { seed: number; id: string } {
	const { quiz } = quizFor(lang, slug);
	const seed = firstAttemptSeed(quiz, FIRST_TYPES);
	return { seed, id: createAttempt(quiz, seed).questionOrder[0] };
}
const FIRST_TYPES: readonly Question['type'][] = ['single', 'multiple', 'truefalse'];

/**
 * The key of question 1 of the first attempt alone, with its citations: about 1 KB, fetched with
 * the quiz's questions before the island starts, so that the first Check does not wait for the
 * whole keys file (30 KB), asked for only as the learner reaches for the quiz.
 */
export function firstKeyFileFor(lang: Locale, slug: string) {
	const { id } = firstQuestionOf(lang, slug);
	const key = keysFileFor(lang, slug).keys[id];
	return { keys: { [id]: key }, citations: resolveAll(key.citations, lang, `lessons/${slug}/quiz.yaml`) };
}

export function firstKeyUrl(lang: Locale, slug: string): string {
	return `/${lang}/modules/${slug}/quiz/first-key.json`;
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
 * whole quizzes to render the page with, and what the browser gets — where each module's bank (its
 * quiz, then its graded cases) has its questions (`viewsUrls`: files the island fetches, kept
 * offline with the quiz pages; the page does not carry them) and its keys (`keysUrls`), which the
 * island puts back together.
 */
export function everyQuizPage(lang: Locale, page: string) {
	const { quizzes, citations } = everyQuizIn(lang, page);
	const views = quizzes.map((quiz) => splitKeys(quiz).views);
	return {
		quizzes,
		citations,
		views,
		viewsUrls: views.map((bank) => bankViewsUrls(lang, bank)),
		keysUrls: quizzes.map((quiz) => keysUrl(lang, quiz.module))
	};
}

/**
 * The views files that hold a module's bank, in order (joined by `joinViews`): its quiz page's
 * views.json, then, for the module whose graded cases the navigator walks, the cases' views.json.
 * No file of its own: these are kept offline already. Checked here, at build: a bank they do not
 * give exactly (a module's cases not on the navigator's page) fails the build rather than a page.
 */
function bankViewsUrls(lang: Locale, bank: QuizViews): string[] {
	const files: { url: string; views: QuizViews }[] = [];
	const quiz = quizOf(bank.module);
	if (quiz) files.push({ url: viewsUrl(lang, bank.module), views: splitKeys(quizIn(quiz, lang)).views });
	if (bank.module === CASES_MODULE) {
		const cases = casesQuizFor(lang);
		files.push({ url: cases.viewsUrl, views: splitKeys(cases.quiz).views });
	}
	if (!files.length || JSON.stringify(joinViews(files.map((file) => file.views))) !== JSON.stringify(bank)) {
		throw new Error(
			`${bank.module} (${lang}): its quiz and graded cases are not exactly what ${files.map((file) => file.url).join(' + ') || 'no views file'} hold; the review and assignment pages fetch them from there (give its cases a views file and list it here)`
		);
	}
	return files.map((file) => file.url);
}
