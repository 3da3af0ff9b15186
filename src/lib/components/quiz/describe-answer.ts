// An answer in words, for the results review ("your answer" / "the expected answer").
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/i18n';
import { keyInput } from '$lib/quiz/grade';
import type { Choice, LearnerInput, Question } from '$lib/quiz/types';

function label(choices: Choice[], id: string | null | undefined, lang: Locale): string {
	return choices.find((c) => c.id === id)?.label[lang] ?? '—';
}

export function describeAnswer(question: Question, input: LearnerInput | undefined, lang: Locale): string[] {
	const empty = [m.quiz_no_answer()];
	if (input === undefined || input === null) return empty;
	switch (question.type) {
		case 'single':
			return typeof input === 'string' ? [label(question.view.options, input, lang)] : empty;
		case 'multiple':
			return Array.isArray(input) && input.length ? input.map((id) => label(question.view.options, id, lang)) : empty;
		case 'truefalse':
			return typeof input === 'boolean' ? [input ? m.quiz_true() : m.quiz_false()] : empty;
		case 'short':
		case 'numeric': {
			const unit = question.type === 'numeric' && question.view.unit ? ` ${question.view.unit[lang]}` : '';
			return typeof input === 'string' && input.trim() ? [input.trim() + unit] : empty;
		}
		case 'ordering':
			return Array.isArray(input) && input.length
				? input.map((id, i) => `${i + 1}. ${label(question.view.items, id, lang)}`)
				: empty;
		case 'matching': {
			const pairs = input as Record<string, string | null>;
			return question.view.items.map(
				(item) => `${item.label[lang]} → ${pairs[item.id] ? label(question.view.targets, pairs[item.id], lang) : '—'}`
			);
		}
		case 'cloze': {
			const pairs = input as Record<string, string | null>;
			return question.view.blanks.map(
				(blank, i) => `${m.quiz_blank({ n: i + 1 })}${lang === 'fr' ? '\u00a0: ' : ': '}${pairs[blank.id] ? label(blank.options, pairs[blank.id], lang) : '—'}`
			);
		}
	}
}

export function describeKey(question: Question, lang: Locale): string[] {
	if (question.type === 'short') {
		return [question.key.accepted[lang][0] ?? question.key.accepted[lang === 'fr' ? 'en' : 'fr'][0] ?? ''];
	}
	return describeAnswer(question, keyInput(question, lang), lang);
}
