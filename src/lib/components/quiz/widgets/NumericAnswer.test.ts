import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import NumericAnswer from './NumericAnswer.svelte';
import Controlled from './test-support/Controlled.svelte';
import { numericView as view } from './test-support/views';
import type { NumericAnswerProps } from './types';

function props(overrides: Partial<NumericAnswerProps> = {}): NumericAnswerProps {
	return {
		view,
		lang: 'fr',
		idPrefix: 'q5',
		input: '',
		onchange: vi.fn(),
		order: [],
		locked: false,
		...overrides
	};
}

describe('NumericAnswer', () => {
	it('shows the prompt as the legend and a labelled decimal text field followed by the unit', () => {
		render(NumericAnswer, props({ input: '125' }));
		const group = screen.getByRole('group', { name: 'Combien d’États parties ?' });
		const field = screen.getByRole('textbox', { name: 'Votre réponse (un nombre)' });
		expect(group).toContainElement(field);
		expect(field).toHaveAttribute('type', 'text');
		expect(field).toHaveAttribute('inputmode', 'decimal');
		expect(field).toHaveValue('125');
		const unit = screen.getByText('États');
		expect(field.compareDocumentPosition(unit) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		expect(field).toHaveAccessibleDescription('États');
	});

	it('shows no unit when the view has none, and the page language', () => {
		render(NumericAnswer, props({ lang: 'en', view: { ...view, unit: undefined } }));
		const field = screen.getByRole('textbox', { name: 'Your answer (a number)' });
		expect(field).not.toHaveAttribute('aria-describedby');
		expect(screen.queryByText('States')).not.toBeInTheDocument();
	});

	it('reports the text typed after Tab, as typed (the grader parses it)', async () => {
		const user = userEvent.setup();
		const spy = vi.fn();
		render(Controlled, { widget: NumericAnswer, widgetProps: props(), initial: '', spy });
		await user.tab();
		expect(screen.getByRole('textbox')).toHaveFocus();
		await user.keyboard('2,5');
		expect(spy).toHaveBeenLastCalledWith('2,5');
		const enter = vi.fn((event: KeyboardEvent) => event.defaultPrevented);
		window.addEventListener('keydown', enter);
		await user.keyboard('{Enter}');
		window.removeEventListener('keydown', enter);
		expect(enter).toHaveReturnedWith(true);
	});

	it('disables the field when locked', () => {
		render(NumericAnswer, props({ locked: true }));
		expect(screen.getByRole('textbox')).toBeDisabled();
	});

	it('marks the answer with an icon and a word', () => {
		render(NumericAnswer, props({ input: '125', marks: { answer: true } }));
		expect(screen.getByRole('group')).toHaveTextContent('✓ juste');
		expect(screen.getByRole('textbox')).toHaveAccessibleDescription('États juste');
	});
});
