import type { Locale } from '$lib/i18n';
import { quizIn } from '$lib/quiz/in-language';
import type { Question, Quiz } from '$lib/quiz/types';
import { resolveAll, type ResolvedCitation } from './citations';
import { contentFile, moduleFolders } from './files';
import { parseCases } from './cases';
import { linkCasesToNavigator } from './case-navigator';
import { linkPassagesToSources } from './evidence';
import { navigator } from './navigator';
import { modules } from './lessons';
import { parseQuiz } from './quiz-schema';
import { readYaml } from './validate';

// Quizzes: lessons/<module>/quiz.yaml, each read and validated once, when this module loads (a
// malformed quiz fails the build naming the file, the question and the field). Modules without a
// quiz.yaml have none.
const quizzes = new Map<string, Quiz>(
	moduleFolders().flatMap(({ slug }) => {
		const file = `lessons/${slug}/quiz.yaml`;
		const text = contentFile(file);
		if (text === undefined) return [];
		const quiz = parseQuiz(readYaml(text, file), file);
		// evidence passages and comparisons' accounts checked against their sources (content/evidence.ts)
		const questions = linkPassagesToSources(linkCasesToNavigator(quiz.questions, navigator, file), file);
		return [[slug, { ...quiz, questions }] as const];
	})
);

// The graded cases of "Can the Court act?" (issue 23): lessons/<module>/cases.yaml, case questions
// walked on the navigator's cases page, not in the module's quiz (cases.ts).
const cases = new Map<string, Question[]>(
	moduleFolders().flatMap(({ slug }) => {
		const file = `lessons/${slug}/cases.yaml`;
		const text = contentFile(file);
		if (text === undefined) return [];
		const taken = new Set(quizzes.get(slug)?.questions.map((q) => q.view.id));
		const objectives = modules.find((m) => m.slug === slug)?.lessons.fr.meta.objectives.map((o) => o.id) ?? [];
		return [[slug, linkCasesToNavigator(parseCases(readYaml(text, file), file, { taken, objectives }), navigator, file)] as const];
	})
);

/** The quiz of a module (both languages, with its key), or undefined when it has none. */
export function quizOf(module: string): Quiz | undefined {
	return quizzes.get(module);
}

/** A module's graded cases (both languages, with their keys); [] when it has none. */
export function casesOf(module: string): Question[] {
	return cases.get(module) ?? [];
}

/**
 * Every question of a module that a learner can be asked outside its lesson: its quiz, then its
 * graded cases. What the review deck, assignments, the teacher's pages and the keys file take
 * questions from; a module's quiz page and its SCORM package show the quiz only.
 */
export function bankOf(module: string): Quiz | undefined {
	const quiz = quizzes.get(module);
	const extra = casesOf(module);
	if (!extra.length) return quiz;
	return { module, passMark: quiz?.passMark ?? 0.7, questions: [...(quiz?.questions ?? []), ...extra] };
}

/** Every module's bank (quiz and graded cases), in module order (both languages, with keys). */
export function everyBank(): Quiz[] {
	return moduleFolders().flatMap(({ slug }) => bankOf(slug) ?? []);
}

/** Every quiz of the site, in module order (both languages, with their keys). */
export function everyQuiz(): Quiz[] {
	return [...quizzes.values()];
}

/**
 * Every module's bank in one page language, with their citations resolved for it: what a
 * page that can show any question (review, assignments) needs.
 */
export function everyQuizIn(lang: Locale, page: string): { quizzes: Quiz[]; citations: Record<string, ResolvedCitation> } {
	const all = everyBank();
	const citations = resolveAll(
		all.flatMap((quiz) => quiz.questions.flatMap((question) => question.key.citations)),
		lang,
		page
	);
	return { quizzes: all.map((quiz) => quizIn(quiz, lang)), citations };
}
