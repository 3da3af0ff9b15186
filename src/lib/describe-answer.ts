// An answer in words, one line per part. The single way the site puts an answer into words: the
// results review ("your answer" / "the expected answer") shows the lines one under another; the
// class results ("most chosen wrong answer", CSV) join them on one line.
// Any value is accepted (a receipt from a file can hold anything): a wrong shape reads as no answer,
// an unknown option id is shown as it is.
import { m } from './paraglide/messages.js';
import type { Locale } from './i18n';
import { quoted } from './format';
import { coerceInput } from './quiz/coerce-input';
import { isEmptyInput, keyInput } from './quiz/grade';
import type { Choice, LearnerInput, Question } from './quiz/types';

function label(choices: Choice[], id: unknown, lang: Locale): string {
	return choices.find((choice) => choice.id === id)?.label[lang] ?? String(id ?? '—');
}

export function describeAnswer(question: Question, answer: unknown, lang: Locale): string[] {
	const locale = { locale: lang };
	const input = coerceInput(question.type, answer);
	if (isEmptyInput(input as LearnerInput)) return [m.quiz_no_answer({}, locale)];
	switch (question.type) {
		case 'single':
			return [label(question.view.options, input, lang)];
		case 'multiple':
			return (input as string[]).map((id) => label(question.view.options, id, lang));
		case 'truefalse':
			return [input ? m.quiz_true({}, locale) : m.quiz_false({}, locale)];
		case 'short':
			return [(input as string).trim()];
		case 'numeric': {
			const unit = question.view.unit ? ` ${question.view.unit[lang]}` : '';
			return [(input as string).trim() + unit];
		}
		case 'ordering':
			return (input as string[]).map((id, index) => `${index + 1}. ${label(question.view.items, id, lang)}`);
		case 'matching': {
			const pairs = input as Record<string, string | null>;
			return question.view.items.map(
				(item) => `${item.label[lang]} → ${pairs[item.id] ? label(question.view.targets, pairs[item.id], lang) : '—'}`
			);
		}
		case 'cloze': {
			const pairs = input as Record<string, string | null>;
			const colon = lang === 'fr' ? '\u00a0: ' : ': ';
			return question.view.blanks.map(
				(blank, index) =>
					`${m.quiz_blank({ n: index + 1 }, locale)}${colon}${pairs[blank.id] ? label(blank.options, pairs[blank.id], lang) : '—'}`
			);
		}
		case 'evidence': {
			// one line per sentence selected, as written (our translation after it), in passage order
			const chosen = new Set(input as string[]);
			const known = question.view.sentences.filter((sentence) => chosen.has(sentence.id));
			const unknown = [...chosen].filter((id) => !question.view.sentences.some((sentence) => sentence.id === id));
			return [
				...known.map((sentence) => {
					const translation = sentence.translation?.[lang];
					const words = quoted(sentence.text, lang);
					return translation ? `${words} (${translation})` : words;
				}),
				...unknown
			];
		}
		case 'case': {
			// one line per decision: its question, then the option chosen
			const pairs = input as Record<string, string | null>;
			const colon = lang === 'fr' ? '\u00a0: ' : ': ';
			return question.view.decisions.map(
				(decision) =>
					`${decision.prompt[lang]}${colon}${pairs[decision.id] ? label(decision.options, pairs[decision.id], lang) : '—'}`
			);
		}
	}
}

/** The expected answer in words. A short answer shows its first accepted wording, not a list. */
export function describeKey(question: Question, lang: Locale): string[] {
	if (question.type === 'short') {
		return [question.key.accepted[lang][0] ?? question.key.accepted[lang === 'fr' ? 'en' : 'fr'][0] ?? ''];
	}
	return describeAnswer(question, keyInput(question, lang), lang);
}
