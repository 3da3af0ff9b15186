// A quiz as a Blackboard "Upload Questions" file, in one language: a tab-delimited text file, one
// question a line, no header, no blank line, the first field the question's type, the words that
// mark answers (correct, incorrect, true, false) in English whatever the language (Blackboard's
// help, "Upload Questions", Original and Ultra course views). Types:
//   MC  TAB text (TAB answer TAB correct|incorrect)…      single; a case's decisions, a cloze's blanks
//   MA  TAB text (TAB answer TAB correct|incorrect)…      multiple
//   TF  TAB text TAB true|false                           truefalse
//   FIB TAB text (TAB answer)…                            short: the accepted answers of both languages
//   NUM TAB text TAB answer TAB tolerance                 numeric (a range: midpoint ± half-width)
//   MAT TAB text (TAB item TAB match)…                    matching (the unused targets are dropped:
//                                                         Blackboard wants as many matches as items)
//   ORD TAB text (TAB answer)…                            ordering, the items in the right order
// The format has no field for feedback, explanations or citations: README.md says so. Fields cannot
// hold a tab or a line break: both become a space. Pure.
import { evidenceAsMultiple } from '../describe-evidence';
import { acceptedAnswers, numericTarget, type BankOptions } from './gift';
import { singleChoices } from './single-choices';
import { formatNumber } from './text';
import type { Locale, Question, Quiz } from '../quiz/types';
import { quizIn } from '../quiz/in-language';

export type BlackboardType = 'MC' | 'MA' | 'TF' | 'FIB' | 'NUM' | 'MAT' | 'ORD';

/** A field: no tab, no line break (each would start a field or a question). */
export function blackboardField(text: string): string {
	return text.replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function line(type: BlackboardType, prompt: string, fields: string[]): string {
	return [type, prompt, ...fields].map(blackboardField).join('\t');
}

function questionLines(question: Question, lang: Locale): string[] {
	// the format has matching and ordering, not a drop-down cloze nor a case
	const parts = question.type === 'cloze' || question.type === 'case' ? singleChoices(question, lang) : undefined;
	if (parts) return parts.flatMap((part) => questionLines(part.question, lang));
	// an evidence question is a multiple answer over its passage's sentences (as in GIFT)
	if (question.type === 'evidence') return questionLines(evidenceAsMultiple(question, lang), lang);
	const prompt = question.view.prompt[lang];
	switch (question.type) {
		case 'single':
			return [line('MC', prompt, question.view.options.flatMap((option) => [option.label[lang], option.id === question.key.answer ? 'correct' : 'incorrect']))];
		case 'multiple':
			return [line('MA', prompt, question.view.options.flatMap((option) => [option.label[lang], question.key.answer.includes(option.id) ? 'correct' : 'incorrect']))];
		case 'truefalse':
			return [line('TF', prompt, [String(question.key.answer)])];
		case 'short':
			return [line('FIB', prompt, acceptedAnswers(question, lang))];
		case 'numeric': {
			const { answer, tolerance } = numericTarget(question);
			const unit = question.view.unit ? ` (${question.view.unit[lang]})` : '';
			return [line('NUM', `${prompt}${unit}`, [formatNumber(answer), formatNumber(tolerance)])];
		}
		case 'matching': {
			const targets = new Map(question.view.targets.map((target) => [target.id, target.label[lang]]));
			return [line('MAT', prompt, question.view.items.flatMap((item) => [item.label[lang], targets.get(question.key.answer[item.id] ?? '') ?? '']))];
		}
		case 'ordering': {
			const items = new Map(question.view.items.map((item) => [item.id, item.label[lang]]));
			return [line('ORD', prompt, question.key.order.map((id) => items.get(id) ?? id))];
		}
		// split by singleChoices above
		case 'cloze':
		case 'case':
			return [];
	}
}

export function blackboardFileName(module: string, lang: Locale): string {
	return `${module}-${lang}.blackboard.txt`;
}

/** The quiz's questions as Blackboard's upload file (lines joined by CRLF, no blank line). */
export function toBlackboard(quiz: Quiz, lang: Locale, _options: BankOptions = {}): string {
	return `${quizIn(quiz, lang)
		.questions.flatMap((question) => questionLines(question, lang))
		.join('\r\n')}\r\n`;
}
