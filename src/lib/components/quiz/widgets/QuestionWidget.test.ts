import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { QuestionView } from '$lib/quiz/types';
import QuestionWidget from './QuestionWidget.svelte';
import {
	clozeView,
	matchingView,
	multipleView,
	numericView,
	orderingView,
	shortView,
	singleView,
	trueFalseView
} from './test-support/views';
import type { QuestionWidgetProps } from './types';

function props(view: QuestionView, overrides: Partial<QuestionWidgetProps> = {}): QuestionWidgetProps {
	return {
		view,
		lang: 'fr',
		idPrefix: `w-${view.id}`,
		input: null,
		onchange: vi.fn(),
		order: [],
		locked: false,
		...overrides
	};
}

describe('QuestionWidget', () => {
	it.each([
		[singleView, 'radio', 3],
		[multipleView, 'checkbox', 3],
		[trueFalseView, 'radio', 2],
		[shortView, 'textbox', 1],
		[numericView, 'textbox', 1],
		[orderingView, 'button', 8],
		[matchingView, 'combobox', 2],
		[clozeView, 'combobox', 2]
	] as const)('renders the widget of the view’s type (%#) in a group named by the prompt', (view, role, count) => {
		render(QuestionWidget, props(view));
		const group = screen.getByRole('group', { name: view.prompt.fr });
		expect(group.querySelectorAll('fieldset')).toHaveLength(0);
		expect(screen.getAllByRole(role)).toHaveLength(count);
	});

	it('tells the numeric widget from the short one', () => {
		render(QuestionWidget, props(numericView));
		expect(screen.getByRole('textbox', { name: 'Votre réponse (un nombre)' })).toHaveAttribute(
			'inputmode',
			'decimal'
		);
	});

	it('passes the props through: order, input, onchange, locked, marks, feedback', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		const view = singleView;
		const { rerender } = render(
			QuestionWidget,
			props(view, {
				order: ['b', 'c', 'a'],
				input: 'a',
				onchange,
				marks: { a: false },
				optionFeedback: { a: 'Pas à Genève.' }
			})
		);
		const radios = screen.getAllByRole('radio');
		expect(radios.map((radio) => radio.closest('label')?.textContent?.trim())).toEqual([
			'La Haye',
			'New York',
			'Genève'
		]);
		expect(screen.getByRole('radio', { name: 'Genève' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Genève' })).toHaveAccessibleDescription('erroné Pas à Genève.');
		await user.click(screen.getByRole('radio', { name: 'New York' }));
		expect(onchange).toHaveBeenCalledExactlyOnceWith('c');
		await rerender({ locked: true });
		for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
	});

	it('reads an input of the wrong shape as an empty one', () => {
		render(QuestionWidget, props(multipleView, { input: 'g' }));
		for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
	});

	it('passes the blank orders to the cloze widget', () => {
		render(QuestionWidget, props(clozeView, { input: { b1: null, b2: null }, partOrders: { b1: ['cij', 'cpi'] } }));
		const options = screen.getByRole('combobox', { name: 'Trou 1' }).querySelectorAll('option');
		expect([...options].map((option) => option.value)).toEqual(['', 'cij', 'cpi']);
	});

	it('starts a fresh widget for another question', async () => {
		const { rerender } = render(QuestionWidget, props(shortView, { input: 'Rome' }));
		expect(screen.getByRole('textbox')).toHaveValue('Rome');
		await rerender(props(numericView, { input: '' }));
		expect(screen.getByRole('group', { name: numericView.prompt.fr })).toBeInTheDocument();
		expect(screen.getByRole('textbox')).toHaveValue('');
	});
});
