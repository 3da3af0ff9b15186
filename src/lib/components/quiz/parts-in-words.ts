// Partial credit said in words ("2 of 4 in the right place"), so that a "50 %" on an ordering is
// never left unexplained. Undefined where a question has one part (right or wrong says it all).
// Also said after a check, with the verdict (verdictAnnouncement).
import { m } from '$lib/paraglide/messages.js';
import type { Locale } from '$lib/i18n';
import { quoted } from '$lib/format';
import { wholePercent } from '$lib/quiz/credit';
import type { Graded, Question } from '$lib/quiz/types';

export function partsInWords(question: Question, result: Graded, lang: Locale): string | undefined {
	const locale = { locale: lang };
	const values = Object.values(result.parts);
	const right = values.filter(Boolean).length;
	switch (question.type) {
		case 'ordering': {
			// the score is (L − 1) / (n − 1), L the longest run in the right relative order
			const n = question.view.items.length;
			const inOrder = n < 2 ? right : Math.round(result.score * (n - 1)) + 1;
			return m.quiz_parts_right_ordering({ right: inOrder, total: n, placed: right }, locale);
		}
		case 'matching':
			return m.quiz_parts_right_matching({ right, total: question.view.items.length }, locale);
		case 'cloze':
			return m.quiz_parts_right_cloze({ right, total: question.view.blanks.length }, locale);
		case 'case': {
			// each decision that is not right named by its question, so that the announcement after
			// Check says which decisions to review, once
			const total = question.view.decisions.length;
			const counted = m.quiz_parts_right_case({ right, total }, locale);
			const wrong = question.view.decisions.filter((decision) => result.parts[decision.id] !== true);
			if (wrong.length === 0) return counted;
			const list = wrong.map((decision) => quoted(decision.prompt[lang], lang)).join(', ');
			return `${counted}. ${m.quiz_parts_case_to_review({ list }, locale)}`;
		}
		case 'multiple':
		case 'evidence': {
			const answer = new Set(question.key.answer);
			const ticked = Object.entries(result.parts).filter(([id]) => answer.has(id) && result.parts[id]).length;
			const wrong = Object.entries(result.parts).filter(([id, ok]) => !answer.has(id) && !ok).length;
			return question.type === 'evidence'
				? m.evidence_parts_right({ right: ticked, total: answer.size, wrong }, locale)
				: m.quiz_parts_right_multiple({ right: ticked, total: answer.size, wrong }, locale);
		}
		default:
			return undefined;
	}
}

/** What a screen reader hears once after Check: the verdict, then the parts in words. */
export function verdictAnnouncement(question: Question, result: Graded, lang: Locale): string {
	const locale = { locale: lang };
	const verdict = result.correct
		? m.quiz_correct({}, locale)
		: result.score > 0
			? m.quiz_partial({ percent: wholePercent(result.score) }, locale)
			: m.quiz_incorrect({}, locale);
	const parts = partsInWords(question, result, lang);
	return parts ? `${verdict} ${parts}` : verdict;
}
