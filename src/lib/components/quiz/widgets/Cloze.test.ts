import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import Cloze from './Cloze.svelte';
import Controlled from './test-support/Controlled.svelte';
import { clozeView as view } from './test-support/views';
import type { ClozeProps } from './types';

function props(overrides: Partial<ClozeProps> = {}): ClozeProps {
	return {
		view,
		lang: 'fr',
		idPrefix: 'q8',
		input: { b1: null, b2: null },
		onchange: vi.fn(),
		order: [],
		locked: false,
		...overrides
	};
}

function optionTexts(select: HTMLElement): string[] {
	return within(select)
		.getAllByRole('option')
		.map((option) => option.textContent ?? '');
}

/** The paragraph holding a blank, each blank written _ */
function sentence(blank: HTMLElement): string {
	const paragraph = blank.closest('p') as HTMLElement;
	return [...paragraph.childNodes]
		.map((node) => (node instanceof HTMLSelectElement ? '_' : node.textContent))
		.join('');
}

describe('Cloze', () => {
	it('shows the prompt as the legend and the text with an inline list in place of each blank', () => {
		render(Cloze, props());
		const group = screen.getByRole('group', { name: 'Complétez la phrase.' });
		expect(group).toHaveAccessibleDescription('Complétez chaque trou en choisissant dans la liste.');
		const blanks = within(group).getAllByRole('combobox');
		expect(blanks).toHaveLength(2);
		expect(blanks[0].closest('p')).toContainElement(blanks[1]);
		// the text around the blanks is kept exactly, without stray spaces
		expect(sentence(blanks[0])).toBe('La _ siège à _.');
		expect(screen.getByRole('combobox', { name: 'Trou 1' })).toBe(blanks[0]);
		expect(optionTexts(blanks[0])).toEqual(['Choisir…', 'CPI', 'CIJ']);
		expect(optionTexts(blanks[1])).toEqual(['Choisir…', 'La Haye', 'Genève']);
	});

	it('orders each blank’s options as given, and uses the page language', () => {
		render(Cloze, props({ lang: 'en', partOrders: { b2: ['geneve', 'lahaye'] } }));
		expect(screen.getByRole('group', { name: 'Complete the sentence.' })).toBeInTheDocument();
		expect(sentence(screen.getByRole('combobox', { name: 'Blank 1' }))).toBe('The _ sits in _.');
		expect(optionTexts(screen.getByRole('combobox', { name: 'Blank 2' }))).toEqual([
			'Choose…',
			'Geneva',
			'The Hague'
		]);
	});

	it('shows the current input and reports a new record on each choice', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		const input = { b1: 'cij', b2: null };
		render(Cloze, props({ input, onchange }));
		expect(screen.getByRole('combobox', { name: 'Trou 1' })).toHaveValue('cij');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Trou 2' }), 'La Haye');
		expect(onchange).toHaveBeenLastCalledWith({ b1: 'cij', b2: 'lahaye' });
		await user.selectOptions(screen.getByRole('combobox', { name: 'Trou 1' }), '');
		expect(onchange).toHaveBeenLastCalledWith({ b1: null, b2: null });
		expect(input).toEqual({ b1: 'cij', b2: null });
	});

	it('is answered with the keyboard: Tab to each blank, then choose', async () => {
		const user = userEvent.setup();
		const spy = vi.fn();
		render(Controlled, { widget: Cloze, widgetProps: props(), initial: { b1: null, b2: null }, spy });
		await user.tab();
		const first = screen.getByRole('combobox', { name: 'Trou 1' });
		expect(first).toHaveFocus();
		await user.selectOptions(first, 'cpi');
		expect(spy).toHaveBeenLastCalledWith({ b1: 'cpi', b2: null });
		await user.tab();
		const second = screen.getByRole('combobox', { name: 'Trou 2' });
		expect(second).toHaveFocus();
		await user.selectOptions(second, 'lahaye');
		expect(spy).toHaveBeenLastCalledWith({ b1: 'cpi', b2: 'lahaye' });
	});

	it('disables every blank when locked', () => {
		render(Cloze, props({ locked: true }));
		for (const select of screen.getAllByRole('combobox')) expect(select).toBeDisabled();
	});

	it('marks each blank with an icon and a word right after it', () => {
		render(Cloze, props({ input: { b1: 'cpi', b2: 'geneve' }, marks: { b1: true, b2: false } }));
		const first = screen.getByRole('combobox', { name: 'Trou 1' });
		const second = screen.getByRole('combobox', { name: 'Trou 2' });
		expect(first.nextElementSibling).toHaveTextContent('✓ juste');
		expect(second.nextElementSibling).toHaveTextContent('✗ erroné');
		expect(second).toHaveAccessibleDescription('erroné');
	});
});
