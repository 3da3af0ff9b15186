import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import Matching from './Matching.svelte';
import Controlled from './test-support/Controlled.svelte';
import { matchingView as view } from './test-support/views';
import type { MatchingProps } from './types';

function props(overrides: Partial<MatchingProps> = {}): MatchingProps {
	return {
		view,
		lang: 'fr',
		idPrefix: 'q7',
		input: { x: null, y: null },
		onchange: vi.fn(),
		order: ['t3', 't1', 't2'],
		locked: false,
		...overrides
	};
}

function optionTexts(select: HTMLElement): string[] {
	return within(select)
		.getAllByRole('option')
		.map((option) => option.textContent ?? '');
}

describe('Matching', () => {
	it('shows the prompt as the legend and one labelled list per item, targets in the given order', () => {
		render(Matching, props());
		const group = screen.getByRole('group', { name: 'Associez chaque organe à son rôle.' });
		expect(group).toHaveAccessibleDescription(
			'Associez chaque élément de gauche à un élément de la liste.'
		);
		const selects = within(group).getAllByRole('combobox');
		expect(selects).toHaveLength(2);
		const prosecutor = screen.getByRole('combobox', { name: 'Le Procureur' });
		expect(screen.getByText('Le Procureur').tagName).toBe('LABEL');
		expect(optionTexts(prosecutor)).toEqual(['Choisir…', 'Juger', 'Enquêter', 'Administrer']);
		expect(within(prosecutor).getAllByRole('option')[0]).toHaveValue('');
		expect(prosecutor).toHaveValue('');
	});

	it('shows the current input', () => {
		render(Matching, props({ input: { x: 't1', y: null } }));
		expect(screen.getByRole('combobox', { name: 'Le Procureur' })).toHaveValue('t1');
		expect(screen.getByRole('combobox', { name: 'Le Greffe' })).toHaveValue('');
	});

	it('reports a new record on each choice, and null for "Choisir…"', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		const input = { x: 't1', y: null };
		render(Matching, props({ input, onchange }));
		await user.selectOptions(screen.getByRole('combobox', { name: 'Le Greffe' }), 'Administrer');
		expect(onchange).toHaveBeenLastCalledWith({ x: 't1', y: 't2' });
		await user.selectOptions(screen.getByRole('combobox', { name: 'Le Procureur' }), 'Choisir…');
		expect(onchange).toHaveBeenLastCalledWith({ x: null, y: null });
		expect(input).toEqual({ x: 't1', y: null });
	});

	it('is answered with the keyboard: Tab to each list, then choose', async () => {
		const user = userEvent.setup();
		const spy = vi.fn();
		render(Controlled, { widget: Matching, widgetProps: props(), initial: { x: null, y: null }, spy });
		await user.tab();
		const prosecutor = screen.getByRole('combobox', { name: 'Le Procureur' });
		expect(prosecutor).toHaveFocus();
		await user.selectOptions(prosecutor, 't1');
		expect(spy).toHaveBeenLastCalledWith({ x: 't1', y: null });
		await user.tab();
		const registry = screen.getByRole('combobox', { name: 'Le Greffe' });
		expect(registry).toHaveFocus();
		await user.selectOptions(registry, 't2');
		expect(spy).toHaveBeenLastCalledWith({ x: 't1', y: 't2' });
		expect(registry).toHaveValue('t2');
	});

	it('disables every list when locked', () => {
		render(Matching, props({ locked: true }));
		for (const select of screen.getAllByRole('combobox')) expect(select).toBeDisabled();
	});

	it('marks each item with an icon and a word', () => {
		render(Matching, props({ input: { x: 't1', y: 't3' }, marks: { x: true, y: false } }));
		const registry = screen.getByRole('combobox', { name: 'Le Greffe' });
		expect(registry).toHaveAccessibleDescription('erroné');
		expect(registry.closest('.qw-pair')).toHaveTextContent(/✗ erroné$/);
		expect(screen.getByRole('combobox', { name: 'Le Procureur' }).closest('.qw-pair')).toHaveTextContent(
			/✓ juste$/
		);
	});

	it('uses the page language', () => {
		render(Matching, props({ lang: 'en' }));
		const prosecutor = screen.getByRole('combobox', { name: 'The Prosecutor' });
		expect(optionTexts(prosecutor)).toEqual(['Choose…', 'Judge', 'Investigate', 'Administer']);
	});
});
