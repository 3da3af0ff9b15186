// A question of several parts as single-choice questions, for the formats that have no question of
// its kind (Common Cartridge's QTI profile: no matching, ordering, cloze nor case; Blackboard's and
// Brightspace's uploads: no drop-down cloze nor case). Each part becomes one single choice with
// the question's explanation and citations as general feedback:
//   case     → one per decision (case-decisions.ts)
//   cloze    → one per blank: the prompt, then the text with this blank as "____" and the others
//              as [2], [3] (as in GIFT), the blank's options
//   matching → one per item: "prompt — item", the targets as options
//   ordering → one per position: "prompt — 1st", the items as options
// Ids are `<id>.<part>` (a quiz id has no dot), names say which part of how many. Pure.
import { caseDecisions, type DecisionQuestion } from './case-decisions';
import { labels } from './labels';
import { splitClozeText } from '../quiz/widgets/cloze/cloze-text';
import type { Choice, Locale, Question, QuestionOf } from '../quiz/types';

function single(question: Question, lang: Locale, part: string, name: string, prompt: string, options: Choice[], answer: string): DecisionQuestion {
	const id = `${question.view.id}.${part}`;
	return {
		id,
		name,
		question: {
			type: 'single',
			view: { ...question.view, id, type: 'single', prompt: { [lang]: prompt } as QuestionOf<'single'>['view']['prompt'], options },
			key: { type: 'single', answer, feedback: {}, explanation: question.key.explanation, citations: question.key.citations }
		}
	};
}

/** The blank the text asks about as "____", the others as [n]. */
function clozeTextFor(question: QuestionOf<'cloze'>, lang: Locale, blankId: string): string {
	const numberOf = new Map(question.view.blanks.map((blank, index) => [blank.id, index + 1]));
	return splitClozeText(question.view.text[lang])
		.map((segment) => (segment.kind === 'text' ? segment.text : segment.id === blankId ? '____' : labels[lang].otherBlank(numberOf.get(segment.id) ?? 0)))
		.join('');
}

/** The question (already in `lang`, as quizIn makes it) as single choices, or undefined if it is one question in every format. */
export function singleChoices(question: Question, lang: Locale): DecisionQuestion[] | undefined {
	const id = question.view.id;
	const prompt = question.view.prompt[lang];
	switch (question.type) {
		case 'case':
			return caseDecisions(question, lang);
		case 'cloze': {
			const blanks = question.view.blanks;
			return blanks.map((blank, index) =>
				single(question, lang, blank.id, labels[lang].blankName(id, index + 1, blanks.length), `${prompt}\n\n${clozeTextFor(question, lang, blank.id)}`, blank.options, question.key.answer[blank.id] ?? '')
			);
		}
		case 'matching': {
			const items = question.view.items;
			return items.map((item, index) =>
				single(question, lang, item.id, labels[lang].partName(id, index + 1, items.length), `${prompt} — ${item.label[lang]}`, question.view.targets, question.key.answer[item.id] ?? '')
			);
		}
		case 'ordering': {
			const order = question.key.order;
			return order.map((itemId, index) =>
				single(question, lang, `p${index + 1}`, labels[lang].partName(id, index + 1, order.length), `${prompt} — ${labels[lang].ordinal(index + 1)}`, question.view.items, itemId)
			);
		}
		default:
			return undefined;
	}
}
