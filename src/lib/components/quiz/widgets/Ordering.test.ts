import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import Ordering from './Ordering.svelte';
import Controlled from './test-support/Controlled.svelte';
import { orderingView as view } from './test-support/views';
import type { OrderingProps } from './types';

function props(overrides: Partial<OrderingProps> = {}): OrderingProps {
	return {
		view,
		lang: 'fr',
		idPrefix: 'q6',
		input: [],
		onchange: vi.fn(),
		order: ['i3', 'i1', 'i4', 'i2'],
		locked: false,
		...overrides
	};
}

function shown(): string[] {
	const list = screen.getByRole('list');
	return within(list)
		.getAllByRole('listitem')
		.map((item) => item.querySelector('.qw-item-text')?.textContent ?? '');
}

// French quotes hold no-break spaces: « item »
const up = (item: string) => screen.getByRole('button', { name: `Monter «\u00a0${item}\u00a0»` });
const down = (item: string) => screen.getByRole('button', { name: `Descendre «\u00a0${item}\u00a0»` });

describe('Ordering', () => {
	it('shows the prompt as the legend and the items in the starting order while input is empty', () => {
		render(Ordering, props());
		const group = screen.getByRole('group', { name: 'Dans quel ordre ?' });
		expect(group).toHaveAccessibleDescription(/^Remettez les éléments dans l’ordre chronologique/);
		expect(within(group).getByRole('list').tagName).toBe('OL');
		expect(shown()).toEqual(['Première affaire', 'Adoption du Statut', 'Premier jugement', 'Entrée en vigueur']);
	});

	it('shows the items in the input order once there is one', () => {
		render(Ordering, props({ input: ['i1', 'i2', 'i3', 'i4'] }));
		expect(shown()).toEqual(['Adoption du Statut', 'Entrée en vigueur', 'Première affaire', 'Premier jugement']);
	});

	it('names the buttons after their item and disables the first up and the last down', () => {
		render(Ordering, props());
		expect(up('Première affaire')).toBeDisabled();
		expect(down('Première affaire')).toBeEnabled();
		expect(up('Entrée en vigueur')).toBeEnabled();
		expect(down('Entrée en vigueur')).toBeDisabled();
	});

	it('reports the whole new order on a move, without touching input', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		const input = ['i3', 'i1', 'i4', 'i2'];
		render(Ordering, props({ input, onchange }));
		await user.click(up('Premier jugement'));
		expect(onchange).toHaveBeenCalledExactlyOnceWith(['i3', 'i4', 'i1', 'i2']);
		expect(input).toEqual(['i3', 'i1', 'i4', 'i2']);
	});

	it('moves with Enter on Move down, keeps focus on that button and announces the position', async () => {
		const user = userEvent.setup();
		const spy = vi.fn();
		render(Controlled, { widget: Ordering, widgetProps: props(), initial: [], spy });
		const live = screen.getByRole('group').querySelector('[aria-live="polite"]');
		expect(live).toBeInTheDocument();
		expect(live).toHaveTextContent('');

		await user.tab(); // the first item's up button is disabled: Tab reaches its down button
		expect(down('Première affaire')).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(spy).toHaveBeenLastCalledWith(['i1', 'i3', 'i4', 'i2']);
		expect(shown()).toEqual(['Adoption du Statut', 'Première affaire', 'Premier jugement', 'Entrée en vigueur']);
		expect(down('Première affaire')).toHaveFocus();
		expect(live).toHaveTextContent('Première affaire, Position 2');

		await user.keyboard('{Enter}');
		expect(down('Première affaire')).toHaveFocus();
		expect(live).toHaveTextContent('Première affaire, Position 3');

		// now last: its down button is disabled, so focus goes to its up button
		await user.keyboard('{Enter}');
		expect(spy).toHaveBeenLastCalledWith(['i1', 'i4', 'i2', 'i3']);
		expect(down('Première affaire')).toBeDisabled();
		expect(up('Première affaire')).toHaveFocus();
		expect(live).toHaveTextContent('Première affaire, Position 4');

		await user.keyboard(' ');
		expect(spy).toHaveBeenLastCalledWith(['i1', 'i4', 'i3', 'i2']);
		expect(up('Première affaire')).toHaveFocus();
		expect(live).toHaveTextContent('Première affaire, Position 3');
	});

	it('moves up to the top, then focus goes to the down button', async () => {
		const user = userEvent.setup();
		const spy = vi.fn();
		render(Controlled, { widget: Ordering, widgetProps: props(), initial: ['i3', 'i1', 'i4', 'i2'], spy });
		await user.click(up('Adoption du Statut'));
		expect(shown()[0]).toBe('Adoption du Statut');
		expect(down('Adoption du Statut')).toHaveFocus();
	});

	it('disables every button when locked', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(Ordering, props({ locked: true, onchange }));
		for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
		await user.click(down('Première affaire'));
		expect(onchange).not.toHaveBeenCalled();
	});

	it('marks each item with an icon and a word', () => {
		render(Ordering, props({ input: ['i1', 'i3', 'i2', 'i4'], marks: { i1: true, i2: false, i3: false, i4: true } }));
		const items = within(screen.getByRole('list')).getAllByRole('listitem');
		expect(items[0]).toHaveTextContent(/^1\.\s*Adoption du Statut\s*✓ juste/);
		expect(items[1]).toHaveTextContent(/^2\.\s*Première affaire\s*✗ erroné/);
	});

	it('uses the page language for the items and the buttons', () => {
		render(Ordering, props({ lang: 'en' }));
		expect(screen.getByRole('button', { name: 'Move “First case” down' })).toBeInTheDocument();
	});
});
