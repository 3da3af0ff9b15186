// A question or a quiz reduced to one language, through each type's own public view and key
// (widgets/registry.ts): the one way the quiz pages, the assignments and every export (GIFT,
// Moodle XML, SCORM) get a quiz in their language. The result is still a whole `Quiz`;
// split-keys.ts then sends its views with the page and its keys apart.
import type { Locale, Question, Quiz } from './types';
import { widgetOf } from './widgets/registry';

export function questionIn(question: Question, lang: Locale): Question {
	const widget = widgetOf(question.type);
	return { type: question.type, view: widget.publicView(question.view, lang), key: widget.keyIn(question.key, lang) } as Question;
}

export function quizIn(quiz: Quiz, lang: Locale): Quiz {
	return { module: quiz.module, passMark: quiz.passMark, questions: quiz.questions.map((question) => questionIn(question, lang)) };
}
