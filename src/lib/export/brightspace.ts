// A quiz as a Brightspace (D2L) question-library CSV, in one language: D2L's import template, one
// block of rows a question, each row a keyword then its values, five columns, a row of commas
// between questions (D2L's "Sample Question Import" template; Brightspace Community, "Import
// questions into Question Library": CSV imports Written response, Short answer, Matching, Multiple
// choice, True or False, Multi-select and Ordering, not Fill in the blanks nor Arithmetic).
//   NewQuestion,<type>  ID,<id>  Title,<name>  QuestionText,<text>  Points,1  Difficulty,1
//   MC  Option,<100|0>,<text>,,<feedback>                       single; a case's decisions and a
//                                                               cloze's blanks (single-choices.ts)
//   MS  Scoring,RightMinusWrong  Option,<1|0>,<text>,,<feedback> multiple
//   TF  TRUE,<100|0>,<feedback>  FALSE,<100|0>,<feedback>        truefalse
//   SA  InputBox,1,40  Answer,100,<text>                         short (accepted answers of both
//                                                               languages); numeric (its written forms)
//   M   Scoring,EquallyWeighted  Choice,<n>,<item>  Match,<n>,<target>   matching (unused targets dropped)
//   O   Scoring,RightMinusWrong  Item,<text>,NOT HTML            ordering, the items in the right order
//   Feedback,<the explanation and the citations>
// Quoting as RFC 4180 (a field with a comma, a quote or a line break is quoted, quotes doubled),
// UTF-8 with a byte-order mark, as D2L asks ("CSV UTF-8"). Pure.
import { evidenceAsMultiple } from '../describe-evidence';
import { acceptedAnswers, generalFeedbackText, type BankOptions } from './gift';
import { numericForms } from './cc';
import { singleChoices } from './single-choices';
import type { Locale, Question, Quiz } from '../quiz/types';
import { quizIn } from '../quiz/in-language';

export type BrightspaceType = 'MC' | 'MS' | 'TF' | 'SA' | 'M' | 'O';

/** One CSV field (RFC 4180). */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A row of five columns, as D2L's template has them. */
function row(...fields: string[]): string {
	const all = [...fields, '', '', '', '', ''].slice(0, Math.max(5, fields.length));
	return all.map(csvField).join(',');
}

function header(type: BrightspaceType, id: string, name: string, prompt: string): string[] {
	return [row('NewQuestion', type), row('ID', id), row('Title', name), row('QuestionText', prompt), row('Points', '1'), row('Difficulty', '1')];
}

function block(question: Question, lang: Locale, options: BankOptions, name = question.view.id): string[][] {
	// the format has matching and ordering, not a drop-down cloze nor a case
	const parts = question.type === 'cloze' || question.type === 'case' ? singleChoices(question, lang) : undefined;
	if (parts) return parts.flatMap((part) => block(part.question, lang, options, part.name));
	// an evidence question is a multi-select over its passage's sentences (as in GIFT)
	if (question.type === 'evidence') return block(evidenceAsMultiple(question, lang), lang, options, name);
	const id = question.view.id;
	const prompt = question.view.prompt[lang];
	const feedback = [row('Feedback', generalFeedbackText(question, lang, options))];
	const feedbackOf = (optionId: string): string => (question.type === 'single' || question.type === 'multiple' ? (question.key.feedback[optionId]?.[lang] ?? '') : '');
	switch (question.type) {
		case 'single':
			return [[...header('MC', id, name, prompt), ...question.view.options.map((option) => row('Option', option.id === question.key.answer ? '100' : '0', option.label[lang], '', feedbackOf(option.id))), ...feedback]];
		case 'multiple':
			return [
				[
					...header('MS', id, name, prompt),
					row('Scoring', 'RightMinusWrong'),
					...question.view.options.map((option) => row('Option', question.key.answer.includes(option.id) ? '1' : '0', option.label[lang], '', feedbackOf(option.id))),
					...feedback
				]
			];
		case 'truefalse':
			return [
				[
					...header('TF', id, name, prompt),
					row('TRUE', question.key.answer ? '100' : '0', question.key.feedback.true[lang]),
					row('FALSE', question.key.answer ? '0' : '100', question.key.feedback.false[lang]),
					...feedback
				]
			];
		case 'short':
		case 'numeric': {
			const answers = question.type === 'short' ? acceptedAnswers(question, lang) : numericForms(question);
			const shown = question.type === 'numeric' && question.view.unit ? `${prompt} (${question.view.unit[lang]})` : prompt;
			return [[...header('SA', id, name, shown), row('InputBox', '1', '40'), ...answers.map((answer) => row('Answer', '100', answer)), ...feedback]];
		}
		case 'matching': {
			const targets = new Map(question.view.targets.map((target) => [target.id, target.label[lang]]));
			const items = question.view.items;
			return [
				[
					...header('M', id, name, prompt),
					row('Scoring', 'EquallyWeighted'),
					...items.map((item, index) => row('Choice', String(index + 1), item.label[lang])),
					...items.map((item, index) => row('Match', String(index + 1), targets.get(question.key.answer[item.id] ?? '') ?? '')),
					...feedback
				]
			];
		}
		case 'ordering': {
			const items = new Map(question.view.items.map((item) => [item.id, item.label[lang]]));
			return [[...header('O', id, name, prompt), row('Scoring', 'RightMinusWrong'), ...question.key.order.map((itemId) => row('Item', items.get(itemId) ?? itemId, 'NOT HTML')), ...feedback]];
		}
		case 'cloze':
		case 'case':
			return [];
	}
}

export function brightspaceFileName(module: string, lang: Locale): string {
	return `${module}-${lang}.brightspace.csv`;
}

/** The quiz's questions as D2L's question import CSV (CRLF line ends, UTF-8 byte-order mark). */
export function toBrightspace(quiz: Quiz, lang: Locale, options: BankOptions = {}): string {
	const blocks = quizIn(quiz, lang).questions.flatMap((question) => block(question, lang, options));
	return `\ufeff${blocks.map((rows) => rows.join('\r\n')).join(`\r\n${row('')}\r\n`)}\r\n`;
}
