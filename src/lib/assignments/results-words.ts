// What the class results page and its CSV exports both say about a question, in the page's
// language: one wording for both, so the spreadsheet says what the page says.
import { describeAnswer } from '../describe-answer';
import type { Locale } from '../i18n';
import type { QuestionColumn } from './results-analysis';

/** The question's prompt; its id when the site no longer has the question. */
export function promptOf(column: QuestionColumn, lang: Locale): string {
	return column.question ? column.question.view.prompt[lang] : column.id;
}

/**
 * An answer on one line (its parts joined by " ; "), cut at 300 characters: a file may hold
 * anything. As stored (JSON) when the question is gone and the answer cannot be described.
 */
export function answerOnOneLine(column: QuestionColumn, answer: unknown, lang: Locale): string {
	const text = column.question ? describeAnswer(column.question, answer, lang).join(' ; ') : (JSON.stringify(answer) ?? '');
	return text.slice(0, 300);
}
