import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
// single and multiple choice are one component, by the view's type
import ChoiceQuestion from './ChoiceQuestion.svelte';
import Controlled from './test-support/Controlled.svelte';
import { multipleView as view } from './test-support/views';
import type { MultipleChoiceProps } from './types';

function props(overrides: Partial<MultipleChoiceProps> = {}): MultipleChoiceProps {
	return {
		view,
		lang: 'fr',
		idPrefix: 'q2',
		input: [],
		onchange: vi.fn(),
		order: ['w', 'g', 'v'],
		locked: false,
		...overrides
	};
}

describe('MultipleChoice', () => {
	it('shows the prompt as the legend of a group of checkboxes described by the help line', () => {
		render(ChoiceQuestion, props());
		const group = screen.getByRole('group', { name: 'Quels crimes relèvent de la Cour ?' });
		// (the French text has a no-break space before the colon)
		expect(group).toHaveAccessibleDescription(/^Plusieurs réponses possibles\s:\scochez toutes/u);
		const boxes = within(group).getAllByRole('checkbox');
		expect(boxes.map((box) => box.closest('label')?.textContent?.trim())).toEqual([
			'Crimes de guerre',
			'Génocide',
			'Vol simple'
		]);
	});

	it('adds a ticked option to a new list, and removes an unticked one', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		const input = ['g'];
		render(ChoiceQuestion, props({ input, onchange }));
		expect(screen.getByRole('checkbox', { name: 'Génocide' })).toBeChecked();
		await user.click(screen.getByRole('checkbox', { name: 'Crimes de guerre' }));
		expect(onchange).toHaveBeenLastCalledWith(['g', 'w']);
		await user.click(screen.getByRole('checkbox', { name: 'Génocide' }));
		expect(onchange).toHaveBeenLastCalledWith([]);
		expect(input).toEqual(['g']); // never mutated
	});

	it('is answered with the keyboard: Tab and Space', async () => {
		const user = userEvent.setup();
		const spy = vi.fn();
		render(Controlled, { widget: ChoiceQuestion, widgetProps: props(), initial: [], spy });
		await user.tab();
		expect(screen.getByRole('checkbox', { name: 'Crimes de guerre' })).toHaveFocus();
		await user.keyboard(' ');
		expect(spy).toHaveBeenLastCalledWith(['w']);
		await user.tab();
		await user.tab();
		expect(screen.getByRole('checkbox', { name: 'Vol simple' })).toHaveFocus();
		await user.keyboard(' ');
		expect(spy).toHaveBeenLastCalledWith(['w', 'v']);
		await user.keyboard(' ');
		expect(spy).toHaveBeenLastCalledWith(['w']);
		expect(screen.getByRole('checkbox', { name: 'Vol simple' })).not.toBeChecked();
	});

	it('disables every checkbox when locked', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(ChoiceQuestion, props({ onchange, locked: true }));
		for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
		await user.click(screen.getByRole('checkbox', { name: 'Génocide' }));
		expect(onchange).not.toHaveBeenCalled();
	});

	it('marks each part with an icon and a word', () => {
		render(ChoiceQuestion, props({ input: ['g', 'v'], marks: { g: true, v: false, w: false } }));
		const option = (name: string) =>
			screen.getByRole('checkbox', { name }).closest('.qw-option') as HTMLElement;
		expect(option('Génocide')).toHaveTextContent('✓ juste');
		expect(option('Vol simple')).toHaveTextContent('✗ erroné');
		expect(option('Crimes de guerre')).toHaveTextContent('✗ erroné');
		expect(screen.getByRole('checkbox', { name: 'Génocide' })).toHaveAccessibleDescription('juste');
	});

	it('shows feedback under each chosen option', () => {
		render(
			ChoiceQuestion,
			props({
				input: ['v', 'g'],
				optionFeedback: { v: 'Un vol relève des juridictions nationales.', w: 'Article 8.' }
			})
		);
		const theft = screen.getByRole('checkbox', { name: 'Vol simple' });
		expect(
			within(theft.closest('.qw-option') as HTMLElement).getByText('Un vol relève des juridictions nationales.')
		).toBeInTheDocument();
		expect(theft).toHaveAccessibleDescription('Un vol relève des juridictions nationales.');
		expect(screen.queryByText('Article 8.')).not.toBeInTheDocument();
	});
});
