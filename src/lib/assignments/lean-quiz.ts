// A quiz with only what grading and describing answers need: the views (prompts, options, items,
// blanks) and the answer keys, without explanations, citations, hints or feedback texts. The class
// results page grades receipts again with it; it is a third of the size of the full quiz.
import { questionIn } from '../quiz/in-language';
import type { Locale, Question, QuestionKey, Quiz } from '../quiz/types';

const none = { fr: '', en: '' };

function leanKey(key: QuestionKey): QuestionKey {
	const common = { explanation: none, citations: [] };
	switch (key.type) {
		case 'single':
		case 'multiple':
		case 'evidence':
			return { ...key, ...common, feedback: {} };
		case 'truefalse':
			return { ...key, ...common, feedback: { true: none, false: none } };
		default:
			return { ...key, ...common };
	}
}

/**
 * `lang`: keep the texts of the view in that language only, as the question type's public view
 * has them (the key keeps both lists of accepted answers: short answers accept either language).
 */
export function leanQuestion(question: Question, lang?: Locale): Question {
	const { view } = lang ? questionIn(question, lang) : question;
	return { type: question.type, view: { ...view, hints: [] }, key: leanKey(question.key) } as Question;
}

export function leanQuiz(quiz: Quiz, lang?: Locale): Quiz {
	return { module: quiz.module, passMark: quiz.passMark, questions: quiz.questions.map((q) => leanQuestion(q, lang)) };
}
