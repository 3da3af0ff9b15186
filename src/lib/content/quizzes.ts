import type { Locale } from '$lib/i18n';
import { quizIn } from '$lib/quiz/in-language';
import type { Quiz } from '$lib/quiz/types';
import { resolveAll, type ResolvedCitation } from './citations';
import { contentFile, moduleFolders } from './files';
import { parseQuiz } from './quiz-schema';
import { readYaml } from './validate';

// Quizzes: lessons/<module>/quiz.yaml, each read and validated once, when this module loads (a
// malformed quiz fails the build naming the file, the question and the field). Modules without a
// quiz.yaml have none.
const quizzes = new Map<string, Quiz>(
	moduleFolders().flatMap(({ slug }) => {
		const file = `lessons/${slug}/quiz.yaml`;
		const text = contentFile(file);
		return text === undefined ? [] : [[slug, parseQuiz(readYaml(text, file), file)] as const];
	})
);

/** The quiz of a module (both languages, with its key), or undefined when it has none. */
export function quizOf(module: string): Quiz | undefined {
	return quizzes.get(module);
}

/** Every quiz of the site, in module order (both languages, with their keys). */
export function everyQuiz(): Quiz[] {
	return [...quizzes.values()];
}

/**
 * Every quiz of the site in one page language, with their citations resolved for it: what a
 * page that can show any question (review, assignments) needs.
 */
export function everyQuizIn(lang: Locale, page: string): { quizzes: Quiz[]; citations: Record<string, ResolvedCitation> } {
	const all = everyQuiz();
	const citations = resolveAll(
		all.flatMap((quiz) => quiz.questions.flatMap((question) => question.key.citations)),
		lang,
		page
	);
	return { quizzes: all.map((quiz) => quizIn(quiz, lang)), citations };
}
