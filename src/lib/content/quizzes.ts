import { parse } from 'yaml';
import type { Locale } from '$lib/i18n';
import type { Quiz } from '$lib/quiz/types';
import { resolveAll, type ResolvedCitation } from './citations';
import { modules } from './lessons';
import { parseQuiz } from './quiz-schema';

// Quizzes: lessons/<module>/quiz.yaml, validated at build time (a malformed quiz fails the build
// naming the file, the question and the problem).
const quizTexts = import.meta.glob('/lessons/*/quiz.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export function quizOf(module: string): Quiz | undefined {
	const file = `lessons/${module}/quiz.yaml`;
	const text = quizTexts[`/${file}`];
	if (text === undefined) return undefined;
	let raw: unknown;
	try {
		raw = parse(text);
	} catch (error) {
		throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
	}
	const quiz = parseQuiz(raw, file);
	if (quiz.module !== module) throw new Error(`${file}: module is "${quiz.module}", expected "${module}"`);
	return quiz;
}

/**
 * Every quiz of the site with its citations resolved for one page language: what a page that can
 * show any question (review, assignments) needs.
 */
export function allQuizzes(lang: Locale, page: string): { quizzes: Quiz[]; citations: Record<string, ResolvedCitation> } {
	const quizzes = modules.map((m) => quizOf(m.slug)).filter((q): q is Quiz => q !== undefined);
	const citations = resolveAll(
		quizzes.flatMap((q) => q.questions.flatMap((question) => question.key.citations)),
		lang,
		page
	);
	return { quizzes: quizzes.map((q) => forLanguage(q, lang)), citations };
}

/**
 * The quiz as a page in one language needs it: the other language's wording is left out (a page
 * reads only `text[lang]`), which halves the data sent with the page. The answer key is untouched,
 * and short answers keep the accepted answers of both languages.
 */
export function forLanguage(quiz: Quiz, lang: Locale): Quiz {
	const other = lang === 'fr' ? 'en' : 'fr';
	const strip = (value: unknown, key?: string): unknown => {
		if (Array.isArray(value)) return value.map((v) => strip(v));
		if (value && typeof value === 'object') {
			const entries = Object.entries(value);
			// A Localized text: exactly { fr, en } strings.
			if (key !== 'accepted' && entries.length === 2 && typeof (value as Record<string, unknown>).fr === 'string' && typeof (value as Record<string, unknown>).en === 'string') {
				return { ...(value as object), [other]: '' };
			}
			return Object.fromEntries(entries.map(([k, v]) => [k, k === 'translation' ? v : strip(v, k)]));
		}
		return value;
	};
	return strip(quiz) as Quiz;
}
