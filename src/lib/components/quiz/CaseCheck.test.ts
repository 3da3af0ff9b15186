// @vitest-environment jsdom
// A case as a learner meets it where questions are answered in place (a step's checks: the same
// widget, verdict, feedback and moves as the quiz): choose in each decision, Check, then see per
// decision right or wrong, the chosen option's feedback and the quoted article that decides it;
// the outcome per decision is announced once; an incomplete case says how many decisions are left.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveAll } from '$lib/content/citations';
import { parseQuiz } from '$lib/content/quiz-schema';
import { questionIn } from '$lib/quiz/in-language';
import { loadCheckAnswers } from '$lib/storage/checks';
import StepChecks from './StepChecks.svelte';

const CASE = `
module: 01-jurisdiction
passMark: 1
questions:
  - id: j-check-case
    type: case
    objectives: [what-is-icc]
    scenario: true
    prompt:
      fr: "Un État partie demande à la Cour de juger un autre État pour une attaque."
      en: "A State Party asks the Court to try another State for an attack."
    decisions:
      - id: who
        prompt: { fr: "Qui la Cour peut-elle juger ?", en: "Whom can the Court try?" }
        options:
          - { id: persons, label: { fr: "Des personnes", en: "Persons" }, feedback: { fr: "Oui : des personnes physiques.", en: "Yes: natural persons." } }
          - { id: states, label: { fr: "Des États", en: "States" }, feedback: { fr: "Non : la Cour juge des personnes.", en: "No: the Court tries persons." } }
        answer: persons
        citation:
          source: rome-statute-fr
          quote: La Cour est compétente à l’égard des personnes physiques en vertu du présent Statut.
          translation: { en: The Court shall have jurisdiction over natural persons pursuant to this Statute. }
      - id: states
        prompt: { fr: "Et la responsabilité de l’État ?", en: "And the State’s responsibility?" }
        options:
          - { id: other, label: { fr: "D’autres règles", en: "Other rules" }, feedback: { fr: "Oui : le Statut n’y touche pas.", en: "Yes: the Statute leaves it untouched." } }
          - { id: court, label: { fr: "La Cour", en: "The Court" }, feedback: { fr: "Non : d’autres règles.", en: "No: other rules." } }
          - { id: none, label: { fr: "Aucune", en: "None" }, feedback: { fr: "Non : elle existe.", en: "No: it exists." } }
        answer: other
        citation:
          source: rome-statute-en
          quote: No provision in this Statute relating to individual criminal responsibility shall affect the responsibility of States under international law.
          translation: { fr: Aucune disposition du présent Statut relative à la responsabilité pénale des individus n’affecte la responsabilité des États en droit international. }
    explanation:
      fr: "La Cour juge des personnes ; la responsabilité des États relève d’autres règles."
      en: "The Court tries persons; State responsibility is governed by other rules."
    citations:
      - source: rome-statute-fr
        quote: La Cour est compétente à l’égard des personnes physiques en vertu du présent Statut.
        translation: { en: The Court shall have jurisdiction over natural persons pursuant to this Statute. }
`;

const whole = parseQuiz(parse(CASE), 'lessons/01-jurisdiction/quiz.yaml').questions[0]!;

function props() {
	const question = questionIn(whole, 'fr');
	return {
		module: '01-jurisdiction',
		step: 'what-is-icc',
		lang: 'fr' as const,
		questions: [question],
		optionOrders: {},
		// the attempt's order of each decision's options is followed
		partOptionOrders: { 'j-check-case': { states: ['none', 'court', 'other'] } },
		citations: resolveAll(question.key.citations, 'fr', 'test')
	};
}

async function mount() {
	const view = render(StepChecks, props());
	await new Promise((resolve) => setTimeout(resolve, 5));
	// the case widget is loaded on demand
	await screen.findByRole('group', { name: 'Qui la Cour peut-elle juger ?' }, { timeout: 10_000 });
	return view;
}

const group = (name: string) => screen.getByRole('group', { name });

beforeEach(() => localStorage.clear());

describe('a case, answered in place', () => {
	it('says how many decisions are left when one is not made, and grades nothing', async () => {
		const user = userEvent.setup();
		await mount();
		await user.click(within(group('Qui la Cour peut-elle juger ?')).getByRole('radio', { name: 'Des États' }));
		await user.click(screen.getByRole('button', { name: 'Vérifier' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Il reste 1 décision à prendre.');
		expect(loadCheckAnswers().record.checks['j-check-case']?.tries ?? []).toEqual([]);
	});

	it('grades every decision at one Check: marks, feedback and each decision’s article, announced once', async () => {
		const user = userEvent.setup();
		await mount();
		const states = group('Et la responsabilité de l’État ?');
		expect(within(states).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['none', 'court', 'other']);
		await user.click(within(group('Qui la Cour peut-elle juger ?')).getByRole('radio', { name: 'Des États' }));
		await user.click(within(states).getByRole('radio', { name: 'D’autres règles' }));
		await user.click(screen.getByRole('button', { name: 'Vérifier' }));

		expect(screen.getByRole('heading', { name: /Réponse en partie juste \(50/ })).toBeInTheDocument();
		// once, in the live region: the verdict, how many decisions are right, and which to review
		expect(screen.getByRole('status')).toHaveTextContent(
			// (white space folded by the matcher: the French narrow no-break spaces read as spaces)
			'Réponse en partie juste (50 %) 1 décision juste sur 2. À revoir : « Qui la Cour peut-elle juger ? ».'
		);

		const who = group('Qui la Cour peut-elle juger ?');
		expect(within(who).getByRole('radio', { name: 'Des États' })).toHaveAccessibleDescription('erroné Non : la Cour juge des personnes.');
		expect(within(states).getByRole('radio', { name: 'D’autres règles' })).toHaveAccessibleDescription('juste Oui : le Statut n’y touche pas.');
		// each decision quotes its own article; the English one with our French translation
		expect(within(who).getByText(/La Cour est compétente à l’égard des personnes physiques/)).toBeInTheDocument();
		expect(within(states).getByText(/No provision in this Statute relating to individual criminal responsibility/)).toBeInTheDocument();
		expect(within(states).getByText(/Aucune disposition du présent Statut relative à la responsabilité pénale/)).toBeInTheDocument();
		expect(within(who).queryByText(/No provision in this Statute/)).toBeNull();

		// kept like any check: one try, half the credit
		expect(loadCheckAnswers().record.checks['j-check-case']).toMatchObject({ credit: 0.5, tries: [{ input: { who: 'states', states: 'other' } }] });
	});

	it('keeps the right decisions on Try again and clears the wrong ones', async () => {
		const user = userEvent.setup();
		await mount();
		await user.click(within(group('Qui la Cour peut-elle juger ?')).getByRole('radio', { name: 'Des États' }));
		await user.click(within(group('Et la responsabilité de l’État ?')).getByRole('radio', { name: 'D’autres règles' }));
		await user.click(screen.getByRole('button', { name: 'Vérifier' }));
		// three options in the largest decision: a retry is worth at most half
		await user.click(screen.getByRole('button', { name: 'Réessayer (au plus 50 % des points désormais)' }));
		expect(within(group('Et la responsabilité de l’État ?')).getByRole('radio', { name: 'D’autres règles' })).toBeChecked();
		expect(within(group('Qui la Cour peut-elle juger ?')).getByRole('radio', { name: 'Des États' })).not.toBeChecked();
	});
});
