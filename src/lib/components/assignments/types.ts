import type { QuestionType } from '$lib/quiz/types';

/** What the assignment builder knows of a module (loaded at build time). */
export type TeachModule = {
	slug: string;
	order: number;
	/** in both languages: the printed sheet is in the students' language */
	title: { fr: string; en: string };
	/** the module's questions, in the authored order, with the prompt in the page's language */
	questions: { id: string; type: QuestionType; prompt: string }[];
};
