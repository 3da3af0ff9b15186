import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ResolvedCitation } from '$lib/content/citation-types';
import Case from './Case.svelte';
import Controlled from './test-support/Controlled.svelte';
import { caseView as view } from './test-support/views';
import { createRawSnippet } from 'svelte';
import type { CaseProps } from './types';
import { sampleAccounts } from '$lib/quiz/test-support/sample-questions';

function props(overrides: Partial<CaseProps> = {}): CaseProps {
	return {
		view,
		lang: 'fr',
		idPrefix: 'q9',
		input: { crime: null, who: null },
		onchange: vi.fn(),
		order: [],
		locked: false,
		...overrides
	};
}

const article28: ResolvedCitation = {
	source: 'rome-statute-en',
	quote: 'A military commander … shall be criminally responsible',
	quoteLang: 'en',
	translation: 'Un chef militaire … est pénalement responsable',
	paragraph: 12,
	publisher: 'ICC',
	short: 'Statut de Rome',
	date: '1998-07-17',
	title: 'Rome Statute'
};

describe('Case', () => {
	it('shows the facts as the group’s legend, then each decision as a radio group named by its question', () => {
		render(Case, props());
		const whole = screen.getByRole('group', { name: 'Un commandant fait bombarder un hôpital.' });
		expect(whole).toHaveAccessibleDescription('Tranchez chaque question à son tour\u202f: une réponse pour chacune.');
		const crime = within(whole).getByRole('group', { name: 'Quel crime ?' });
		const who = within(whole).getByRole('group', { name: 'Qui en répond ?' });
		expect(within(crime).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['war', 'none']);
		expect(within(who).getAllByRole('radio')).toHaveLength(3);
		// one radio group per decision: choosing in one does not unchoose the other
		const names = new Set([...crime.querySelectorAll('input'), ...who.querySelectorAll('input')].map((input) => input.name));
		expect(names.size).toBe(2);
	});

	it('orders each decision’s options as the attempt says, and uses the page language', () => {
		render(Case, props({ lang: 'en', partOrders: { who: ['none', 'state', 'commander'] } }));
		const who = screen.getByRole('group', { name: 'Who answers for it?' });
		expect(within(who).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['none', 'state', 'commander']);
	});

	it('reports each choice as a new input, decision by decision, the same option id kept apart', async () => {
		const user = userEvent.setup();
		const spy = vi.fn();
		render(Controlled, { widget: Case, widgetProps: props(), initial: { crime: null, who: null }, spy });
		await user.click(within(screen.getByRole('group', { name: 'Quel crime ?' })).getByRole('radio', { name: 'Aucun' }));
		expect(spy).toHaveBeenLastCalledWith({ crime: 'none', who: null });
		await user.click(within(screen.getByRole('group', { name: 'Qui en répond ?' })).getByRole('radio', { name: 'Personne' }));
		expect(spy).toHaveBeenLastCalledWith({ crime: 'none', who: 'none' });
		expect(within(screen.getByRole('group', { name: 'Quel crime ?' })).getByRole('radio', { name: 'Aucun' })).toBeChecked();
	});

	it('once graded: each decision’s mark and chosen option’s feedback, and the article that decides it', () => {
		// the quotation is drawn by the caller's snippet (the site's Cite in QuizRunner and StepChecks)
		const cite = createRawSnippet((citation: () => ResolvedCitation) => ({
			render: () => `<blockquote>${citation().quote} (${citation().translation})</blockquote>`
		}));
		render(
			Case,
			props({
				cite,
				input: { crime: 'war', who: 'state' },
				locked: true,
				marks: { crime: true, who: false },
				optionFeedback: { 'crime/war': 'Oui\u202f: une attaque contre un hôpital.', 'who/state': 'Non\u202f: la Cour juge des personnes.' },
				partCitations: { who: article28 }
			})
		);
		const crime = screen.getByRole('group', { name: 'Quel crime ?' });
		const who = screen.getByRole('group', { name: 'Qui en répond ?' });
		const war = within(crime).getByRole('radio', { name: 'Un crime de guerre' });
		expect(war).toBeDisabled();
		expect(war).toHaveAccessibleDescription('juste Oui\u202f: une attaque contre un hôpital.');
		expect(within(who).getByRole('radio', { name: 'L’État' })).toHaveAccessibleDescription('erroné Non\u202f: la Cour juge des personnes.');
		// no mark beside the options not chosen
		expect(within(who).getByRole('radio', { name: 'Le commandant' })).not.toHaveAccessibleDescription();
		// the article, quoted, with our translation, in the decision it decides
		expect(within(who).getByText('L’article qui tranche')).toBeInTheDocument();
		expect(within(who).getByText(/A military commander … shall be criminally responsible/)).toBeInTheDocument();
		expect(within(who).getByText(/Un chef militaire … est pénalement responsable/)).toBeInTheDocument();
		expect(within(crime).queryByText('L’article qui tranche')).toBeNull();
	});

	it('sets a comparison’s accounts side by side before the decisions: where from, who speaks, on what, the exact words and our translation', () => {
		const accounts = sampleAccounts;
		render(Case, props({ lang: 'en', view: { ...view, accounts } }));
		const whole = screen.getByRole('group', { name: 'A commander has a hospital shelled.' });
		expect(whole).toHaveAccessibleDescription('Read the accounts first, asking the five questions of “How to read a source” (the card on the Sources page), then decide each question about the claims.');
		const list = within(whole).getByRole('list', { name: 'The accounts compared' });
		const items = within(list).getAllByRole('listitem');
		expect(items).toHaveLength(2);
		// the French account: its words as published, marked French, and our translation, said to be ours
		expect(items[0]).toHaveTextContent('Source: TRT — TRT Français (TRT Global), July 2025');
		expect(items[0]).toHaveTextContent('Who is speaking TRT Français');
		expect(items[0]).toHaveTextContent('What it rests on No source named');
		expect(items[0]?.querySelector('blockquote')).toHaveAttribute('lang', 'fr');
		// labelled as the site's citations label it (Cite), with no second colon ("Translation: ours: …")
		expect(items[0]?.querySelector('.qw-account-translation')).toHaveTextContent(/^Translation: ours the UN judicial institution$/);
		// the English one on an English page: no translation shown
		expect(items[1]?.querySelector('blockquote')).toHaveAttribute('lang', 'en');
		expect(items[1]).not.toHaveTextContent('Translation: ours');
		// the accounts come before the decisions
		const firstDecision = within(whole).getByRole('group', { name: 'Which crime?' });
		expect(list.compareDocumentPosition(firstDecision) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
	});
});
