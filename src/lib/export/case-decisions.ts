// A case in a question bank (GIFT, Moodle XML): one ordinary single-choice question per decision,
// as neither format has a question of several multiple-choice parts with per-option feedback and a
// citation each. Each is asked with the facts (and a comparison's accounts) before the decision's question, keeps the feedback of
// every option, takes the case's explanation and the decision's own citation as general feedback,
// and gets an id made of the case's and the decision's (`case.decision`): stable when decisions
// are added or reordered, and never an id of the quiz (a quiz id has no dot).
// Pure, like the exporters that call it.
import type { Locale, QuestionOf } from '../quiz/types';
import { accountsText } from '../describe-accounts';
import { labels } from './labels';

export type DecisionQuestion = {
	/** `caseId.decisionId` */
	id: string;
	/** shown in the bank: the id, then which decision of how many */
	name: string;
	question: QuestionOf<'single'>;
};

/** The case (already in `lang`, as quizIn makes it) as one single-choice question per decision. */
export function caseDecisions(question: QuestionOf<'case'>, lang: Locale): DecisionQuestion[] {
	const { view, key } = question;
	const total = view.decisions.length;
	// a comparison's decisions are asked about its accounts: each question carries them
	const facts = view.accounts ? `${view.prompt[lang]}\n\n${accountsText(view.accounts, lang)}` : view.prompt[lang];
	return view.decisions.map((decision, index) => {
		const id = `${view.id}.${decision.id}`;
		const prompt = { [lang]: `${facts}\n\n${decision.prompt[lang]}` } as QuestionOf<'single'>['view']['prompt'];
		const citation = key.decisionCitations[decision.id];
		return {
			id,
			name: labels[lang].decisionName(id, index + 1, total),
			question: {
				type: 'single',
				view: { ...view, id, type: 'single', prompt, options: decision.options },
				key: {
					type: 'single',
					answer: key.answer[decision.id] ?? '',
					feedback: key.feedback[decision.id] ?? {},
					explanation: key.explanation,
					citations: citation ? [citation] : []
				}
			}
		};
	});
}
