// A quiz with only what grading and describing answers need: the views (prompts, options, items,
// blanks) and the answer keys, without explanations, citations, hints or feedback texts. The class
// results page grades receipts again with it; it is a third of the size of the full quiz.
import type { Question, QuestionKey, Quiz } from '../quiz/types';

const none = { fr: '', en: '' };

function leanKey(key: QuestionKey): QuestionKey {
	const common = { explanation: none, citations: [] };
	switch (key.type) {
		case 'single':
		case 'multiple':
			return { ...key, ...common, feedback: {} };
		case 'truefalse':
			return { ...key, ...common, feedback: { true: none, false: none } };
		default:
			return { ...key, ...common };
	}
}

function isLocalized(value: unknown): value is { fr: string; en: string } {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const keys = Object.keys(value);
	const record = value as Record<string, unknown>;
	return keys.length === 2 && typeof record.fr === 'string' && typeof record.en === 'string';
}

/** Every text of the view in one language only (the other left empty). */
function oneLanguage<T>(value: T, lang: 'fr' | 'en'): T {
	if (isLocalized(value)) return (lang === 'fr' ? { fr: value.fr, en: '' } : { fr: '', en: value.en }) as T;
	if (Array.isArray(value)) return value.map((entry) => oneLanguage(entry, lang)) as T;
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, oneLanguage(entry, lang)])) as T;
	}
	return value;
}

/** `lang`: keep the texts of the view in that language only (the key keeps both: short answers accept either). */
export function leanQuestion(question: Question, lang?: 'fr' | 'en'): Question {
	const view = { ...question.view, hints: [] };
	return { type: question.type, view: lang ? oneLanguage(view, lang) : view, key: leanKey(question.key) } as Question;
}

export function leanQuiz(quiz: Quiz, lang?: 'fr' | 'en'): Quiz {
	return { module: quiz.module, passMark: quiz.passMark, questions: quiz.questions.map((q) => leanQuestion(q, lang)) };
}
