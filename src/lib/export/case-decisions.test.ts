// @vitest-environment node
// A case in a question bank: one single choice per decision, asked with the facts — and, for a
// comparison of accounts, the accounts themselves, since a bank cannot draw them side by side.
import { describe, expect, it } from 'vitest';
import { questionIn } from '../quiz/in-language';
import { sampleAccounts, samples } from '../quiz/test-support/sample-questions';
import type { QuestionOf } from '../quiz/types';
import { caseDecisions } from './case-decisions';

const [account] = sampleAccounts;
const plain = samples.case;
const comparison: QuestionOf<'case'> = { ...plain, view: { ...plain.view, accounts: [account!, { ...account!, id: 'two' }] } };
// an English wording, with our French translation
const english: QuestionOf<'case'> = { ...plain, view: { ...plain.view, accounts: [sampleAccounts[1]!, { ...account!, id: 'two' }] } };

describe('caseDecisions', () => {
	it('asks each decision of a plain case after its facts', () => {
		const [first] = caseDecisions(questionIn(plain, 'en') as QuestionOf<'case'>, 'en');
		expect(first?.question.view.prompt.en).toBe(`${plain.view.prompt.en}\n\n${plain.view.decisions[0]?.prompt.en}`);
	});

	it('gives every decision of a comparison the accounts: where from, who speaks, on what, the exact words quoted with our translation', () => {
		const decisions = caseDecisions(questionIn(comparison, 'en') as QuestionOf<'case'>, 'en');
		expect(decisions).toHaveLength(plain.view.decisions.length);
		for (const decision of decisions) {
			const prompt = decision.question.view.prompt.en;
			expect(prompt).toContain('The accounts compared, as published:');
			expect(prompt).toContain('— Source: TRT — TRT Français (TRT Global), July 2025');
			expect(prompt).toContain('Who is speaking: TRT Français');
			expect(prompt).toContain('What it rests on: No source named');
			// our translation said once, with one colon ("(Translation: ours: …)" had two)
			expect(prompt).toContain('Exact words: “l’institution judiciaire onusienne” (our translation: the UN judicial institution)');
			expect(prompt.match(/Who is speaking/g)).toHaveLength(2);
		}
		// in French, French quotation marks and no translation of a French wording
		const [fr] = caseDecisions(questionIn(comparison, 'fr') as QuestionOf<'case'>, 'fr');
		expect(fr?.question.view.prompt.fr).toContain('Mots exacts\u202f: «\u202fl’institution judiciaire onusienne\u202f»');
		expect(fr?.question.view.prompt.fr).not.toContain('traduction');
		// an English wording on a French page: our translation, French typography, one colon
		const [translated] = caseDecisions(questionIn(english, 'fr') as QuestionOf<'case'>, 'fr');
		expect(translated?.question.view.prompt.fr).toContain(
			'Mots exacts\u202f: «\u202fThe International Court of Justice shall be the principal judicial organ of the United Nations.\u202f» (notre traduction\u202f: La Cour internationale de Justice constitue l’organe judiciaire principal des Nations Unies.)'
		);
	});
});
