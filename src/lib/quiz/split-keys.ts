// A quiz page sends the question views with the page and the keys (answers, feedback,
// explanations) in a file of their own, fetched when the quiz starts: the page's HTML stays small
// enough to be drawn quickly on a slow network. This splits a quiz in two and puts it back together.
import type { Question, QuestionKey, Quiz } from './types';

export type QuizViews = Omit<Quiz, 'questions'> & { questions: Omit<Question, 'key'>[] };
/** question id → key */
export type QuizKeys = Record<string, QuestionKey>;

export function splitKeys(quiz: Quiz): { views: QuizViews; keys: QuizKeys } {
	return {
		views: { ...quiz, questions: quiz.questions.map(({ type, view }) => ({ type, view }) as Omit<Question, 'key'>) },
		keys: Object.fromEntries(quiz.questions.map((question) => [question.view.id, question.key]))
	};
}

/** Undefined when a key is missing or of another type than its question (a stale or foreign file). */
export function joinKeys(views: QuizViews, keys: QuizKeys): Quiz | undefined {
	const questions: Question[] = [];
	for (const question of views.questions) {
		const key = keys[question.view.id];
		if (!key || key.type !== question.type) return undefined;
		questions.push({ ...question, key } as Question);
	}
	return { ...views, questions };
}

/**
 * The questions with the keys that are here (a quiz's first key, before the rest): those without
 * one stay as their views, which nothing grades (the runner waits for a question's key before
 * grading or showing it). A key of another type than its question is left out, as in `joinKeys`.
 */
export function joinSomeKeys(views: QuizViews, keys: QuizKeys): Quiz {
	return {
		...views,
		questions: views.questions.map((question) => {
			const key = keys[question.view.id];
			return (key && key.type === question.type ? { ...question, key } : question) as Question;
		})
	};
}

/**
 * A module's bank (its quiz, then its graded cases: content/quizzes.ts `bankOf`) from the views
 * files that hold its questions, in order: the first file's module and pass mark, every file's
 * questions. The review and assignment islands fetch a bank so, from files kept offline anyway
 * (a quiz page's views.json, the navigator's cases); the page's build checks that this gives the
 * bank exactly (content/quiz-pages.ts `everyQuizPage`).
 */
export function joinViews(files: QuizViews[]): QuizViews {
	return { ...files[0], questions: files.flatMap((file) => file.questions) };
}
