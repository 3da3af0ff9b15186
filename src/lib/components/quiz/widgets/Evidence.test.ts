import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EvidenceView } from '$lib/quiz/types';
import Evidence from './Evidence.svelte';
import Controlled from './test-support/Controlled.svelte';
import type { EvidenceProps } from './types';

// A French passage (as the ICC press release quoted by ONU Info), with our English translation.
const view: EvidenceView = {
	id: 'q-ev',
	type: 'evidence',
	objectives: ['source-method'],
	scenario: false,
	prompt: { fr: 'Lisez cet extrait d’ONU Info.', en: 'Read this passage from ONU Info.' },
	hints: [],
	claim: { fr: 'Le Statut est entré en vigueur le jour de la ratification.', en: 'The Statute entered into force on the day of ratification.' },
	stance: 'contradicts',
	source: 'icc-philippines-withdrawal',
	lang: 'fr',
	origin: { publisher: 'ONU Info', date: '2018-03-20', title: 'Philippines', short: { fr: 'ONU Info', en: 'UN News' }, lang: 'fr' },
	sentences: [
		{ id: 's1', text: 'Le retrait prendra effet un an après.', translation: { en: 'The withdrawal will take effect a year later.' } },
		{ id: 's2', text: 'Le Statut est entré en vigueur le 1er novembre 2011.', translation: { en: 'The Statute entered into force on 1 November 2011.' } },
		{ id: 's3', text: 'La CPI conserve sa compétence.', translation: { en: 'The ICC retains its jurisdiction.' } }
	]
};

function props(overrides: Partial<EvidenceProps> = {}): EvidenceProps {
	return { view, lang: 'fr', idPrefix: 'q9', input: [], onchange: vi.fn(), order: [], locked: false, ...overrides };
}

describe('Evidence', () => {
	it('is a group of checkboxes, one per sentence in the passage’s order, described by the claim, the task and the source', () => {
		render(Evidence, props());
		const group = screen.getByRole('group', { name: 'Lisez cet extrait d’ONU Info.' });
		expect(group).toHaveAccessibleDescription(/Affirmation.*Le Statut est entré en vigueur le jour de la ratification\..*contredisent cette affirmation.*ONU Info, 20 mars 2018/su);
		const boxes = within(group).getAllByRole('checkbox');
		expect(boxes.map((box) => box.getAttribute('value'))).toEqual(['s1', 's2', 's3']);
		// a French page shows the French passage alone: no translation, no note
		expect(screen.getByRole('checkbox', { name: 'Le retrait prendra effet un an après.' })).toBeInTheDocument();
		expect(screen.queryByText(/notre traduction/)).toBeNull();
	});

	it('on an English page, shows each sentence as published (lang="fr") with our translation, said to be ours', () => {
		render(Evidence, props({ lang: 'en' }));
		expect(screen.getByText('Quoted in the original French; under each sentence, our translation.')).toBeInTheDocument();
		// our translation labelled as the site's citations label it (Cite), with no second colon ("Translation: ours: …")
		const box = screen.getByRole('checkbox', { name: /Le Statut est entré en vigueur le 1er novembre 2011\..*Translation: ours The Statute entered into force on 1 November 2011\./su });
		const original = box.closest('label')?.querySelector('[lang="fr"]');
		expect(original?.textContent).toBe('Le Statut est entré en vigueur le 1er novembre 2011.');
		expect(screen.getByRole('group', { name: 'Read this passage from ONU Info.' })).toHaveAccessibleDescription(/contradict this claim/);
	});

	it('is answered with the keyboard: Tab and Space select and unselect a sentence, in a new list', async () => {
		const user = userEvent.setup();
		const spy = vi.fn();
		render(Controlled, { widget: Evidence, widgetProps: props(), initial: [], spy });
		await user.tab();
		expect(screen.getByRole('checkbox', { name: 'Le retrait prendra effet un an après.' })).toHaveFocus();
		await user.tab();
		await user.keyboard(' ');
		expect(spy).toHaveBeenLastCalledWith(['s2']);
		await user.tab();
		await user.keyboard(' ');
		expect(spy).toHaveBeenLastCalledWith(['s2', 's3']);
		await user.keyboard(' ');
		expect(spy).toHaveBeenLastCalledWith(['s2']);
	});

	it('once graded, marks each selected sentence with an icon and a word, and shows its feedback under it', () => {
		render(Evidence, props({ input: ['s1', 's2'], marks: { s1: false, s2: true }, optionFeedback: { s1: 'Le retrait, pas l’entrée en vigueur.', s2: 'Oui : deux dates.' } }));
		const s1 = screen.getByRole('checkbox', { name: 'Le retrait prendra effet un an après.' });
		expect(s1).toHaveAccessibleDescription(/erroné.*Le retrait, pas l’entrée en vigueur\./su);
		const s2 = screen.getByRole('checkbox', { name: 'Le Statut est entré en vigueur le 1er novembre 2011.' });
		expect(s2.closest('.qw-option')?.textContent).toMatch(/✓/);
		expect(screen.getByRole('checkbox', { name: 'La CPI conserve sa compétence.' })).not.toHaveAccessibleDescription();
	});

	it('with the answer shown, a key sentence left unselected shows its mark and feedback too (the runner gives them only then)', () => {
		render(Evidence, props({ input: ['s1'], marks: { s1: false, s2: false }, optionFeedback: { s1: 'Le retrait, pas l’entrée en vigueur.', s2: 'Celle-ci : deux dates.' } }));
		const s2 = screen.getByRole('checkbox', { name: 'Le Statut est entré en vigueur le 1er novembre 2011.' });
		expect(s2).not.toBeChecked();
		expect(s2).toHaveAccessibleDescription(/Celle-ci : deux dates\./);
	});

	it('disables every sentence when locked', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(Evidence, props({ onchange, locked: true }));
		for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
		await user.click(screen.getByRole('checkbox', { name: 'La CPI conserve sa compétence.' }));
		expect(onchange).not.toHaveBeenCalled();
	});
});
