import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
// single and multiple choice are one component, by the view's type
import ChoiceQuestion from './ChoiceQuestion.svelte';
import Controlled from './test-support/Controlled.svelte';
import { singleView as view } from './test-support/views';
import type { SingleChoiceProps } from './types';

function props(overrides: Partial<SingleChoiceProps> = {}): SingleChoiceProps {
	return {
		view,
		lang: 'fr',
		idPrefix: 'q1',
		input: null,
		onchange: vi.fn(),
		order: ['c', 'a', 'b'],
		locked: false,
		...overrides
	};
}

function labels(): string[] {
	return screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent?.trim() ?? '');
}

describe('SingleChoice', () => {
	it('shows the prompt as the legend of a group described by the help line', () => {
		render(ChoiceQuestion, props());
		const group = screen.getByRole('group', { name: 'Où siège la Cour ?' });
		expect(group.tagName).toBe('FIELDSET');
		expect(group).toHaveAccessibleDescription('Une seule réponse.');
		expect(within(group).getAllByRole('radio')).toHaveLength(3);
	});

	it('lists the options in the given order, as radios sharing one name', () => {
		render(ChoiceQuestion, props());
		expect(labels()).toEqual(['New York', 'Genève', 'La Haye']);
		const names = new Set(screen.getAllByRole('radio').map((radio) => radio.getAttribute('name')));
		expect(names.size).toBe(1);
	});

	it('shows the text of the page language', () => {
		render(ChoiceQuestion, props({ lang: 'en' }));
		expect(screen.getByRole('group', { name: 'Where does the Court sit?' })).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'The Hague' })).toBeInTheDocument();
	});

	it('reports the chosen option id and shows the current input', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(ChoiceQuestion, props({ onchange, input: 'a' }));
		expect(screen.getByRole('radio', { name: 'Genève' })).toBeChecked();
		await user.click(screen.getByRole('radio', { name: 'La Haye' }));
		expect(onchange).toHaveBeenCalledExactlyOnceWith('b');
	});

	it('is answered with the keyboard: Tab, Space, then arrow keys', async () => {
		const user = userEvent.setup();
		const spy = vi.fn();
		render(Controlled, { widget: ChoiceQuestion, widgetProps: props(), initial: null, spy });
		await user.tab();
		expect(screen.getByRole('radio', { name: 'New York' })).toHaveFocus();
		await user.keyboard(' ');
		expect(spy).toHaveBeenLastCalledWith('c');
		await user.keyboard('{ArrowDown}');
		expect(screen.getByRole('radio', { name: 'Genève' })).toHaveFocus();
		expect(spy).toHaveBeenLastCalledWith('a');
		expect(screen.getByRole('radio', { name: 'Genève' })).toBeChecked();
	});

	it('disables every radio when locked', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(ChoiceQuestion, props({ onchange, locked: true }));
		for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
		await user.click(screen.getByRole('radio', { name: 'La Haye' }));
		expect(onchange).not.toHaveBeenCalled();
	});

	it('marks parts with an icon and a word, tied to their option', () => {
		render(ChoiceQuestion, props({ input: 'a', marks: { a: false, b: false } }));
		const geneva = screen.getByRole('radio', { name: 'Genève' });
		expect(geneva.closest('.qw-option')).toHaveTextContent('✗ erroné');
		expect(geneva).toHaveAccessibleDescription(expect.stringContaining('erroné'));
		expect(screen.getAllByText('erroné', { exact: false })).toHaveLength(2);
		expect(screen.getByRole('radio', { name: 'New York' }).closest('.qw-option')).not.toHaveTextContent(
			/juste|faux/
		);
	});

	it('shows a right mark as "✓ juste"', () => {
		render(ChoiceQuestion, props({ input: 'b', marks: { b: true } }));
		const hague = screen.getByRole('radio', { name: 'La Haye' });
		expect(hague.closest('.qw-option')).toHaveTextContent('✓ juste');
		expect(hague).toHaveAccessibleDescription('juste');
	});

	it('shows feedback right under the chosen option only', () => {
		render(
			ChoiceQuestion,
			props({ input: 'a', optionFeedback: { a: 'Genève accueille d’autres institutions.', b: 'Oui.' } })
		);
		const geneva = screen.getByRole('radio', { name: 'Genève' });
		const option = geneva.closest('.qw-option') as HTMLElement;
		expect(within(option).getByText('Genève accueille d’autres institutions.')).toBeInTheDocument();
		expect(geneva).toHaveAccessibleDescription('Genève accueille d’autres institutions.');
		expect(screen.queryByText('Oui.')).not.toBeInTheDocument();
	});
});
