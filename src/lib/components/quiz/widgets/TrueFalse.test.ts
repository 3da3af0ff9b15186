import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import TrueFalse from './TrueFalse.svelte';
import Controlled from './test-support/Controlled.svelte';
import { trueFalseView as view } from './test-support/views';
import type { TrueFalseProps } from './types';

function props(overrides: Partial<TrueFalseProps> = {}): TrueFalseProps {
	return {
		view,
		lang: 'fr',
		idPrefix: 'q3',
		input: null,
		onchange: vi.fn(),
		order: [],
		locked: false,
		...overrides
	};
}

describe('TrueFalse', () => {
	it('shows the prompt as the legend of a group of two radios', () => {
		render(TrueFalse, props());
		const group = screen.getByRole('group', { name: 'La Cour juge des États.' });
		const radios = within(group).getAllByRole('radio');
		expect(radios.map((radio) => radio.closest('label')?.textContent?.trim())).toEqual(['Vrai', 'Faux']);
		expect(radios[0].getAttribute('name')).toBe(radios[1].getAttribute('name'));
	});

	it('uses the strings of the page language', () => {
		render(TrueFalse, props({ lang: 'en' }));
		expect(screen.getByRole('group', { name: 'The Court tries States.' })).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'True' })).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'False' })).toBeInTheDocument();
	});

	it('reports a boolean and shows the current input', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(TrueFalse, props({ input: true, onchange }));
		expect(screen.getByRole('radio', { name: 'Vrai' })).toBeChecked();
		await user.click(screen.getByRole('radio', { name: 'Faux' }));
		expect(onchange).toHaveBeenCalledExactlyOnceWith(false);
	});

	it('is answered with the keyboard: Tab, Space, then arrow keys', async () => {
		const user = userEvent.setup();
		const spy = vi.fn();
		render(Controlled, { widget: TrueFalse, widgetProps: props(), initial: null, spy });
		await user.tab();
		expect(screen.getByRole('radio', { name: 'Vrai' })).toHaveFocus();
		await user.keyboard(' ');
		expect(spy).toHaveBeenLastCalledWith(true);
		await user.keyboard('{ArrowRight}');
		expect(spy).toHaveBeenLastCalledWith(false);
		expect(screen.getByRole('radio', { name: 'Faux' })).toBeChecked();
	});

	it('disables both radios when locked', () => {
		render(TrueFalse, props({ locked: true }));
		for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
	});

	it('marks the answer beside the chosen radio, with an icon and a word', () => {
		render(TrueFalse, props({ input: true, marks: { answer: false } }));
		const chosen = screen.getByRole('radio', { name: 'Vrai' });
		expect(chosen.closest('.qw-option')).toHaveTextContent('✗ erroné');
		expect(chosen).toHaveAccessibleDescription('erroné');
	});

	it('still shows the mark when nothing was chosen', () => {
		const { container } = render(TrueFalse, props({ input: null, marks: { answer: false } }));
		const group = screen.getByRole('group');
		expect(container.querySelectorAll('.qw-mark')).toHaveLength(1);
		expect(group).toHaveTextContent(/Vrai Faux ✗ erroné$/);
	});

	it('shows the feedback of the chosen value under it', () => {
		render(
			TrueFalse,
			props({ input: false, optionFeedback: { true: 'Non : elle juge des personnes.', false: 'En effet.' } })
		);
		const chosen = screen.getByRole('radio', { name: 'Faux' });
		expect(within(chosen.closest('.qw-option') as HTMLElement).getByText('En effet.')).toBeInTheDocument();
		expect(chosen).toHaveAccessibleDescription('En effet.');
		expect(screen.queryByText('Non : elle juge des personnes.')).not.toBeInTheDocument();
	});
});
