import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ShortText from './ShortText.svelte';
import Controlled from './test-support/Controlled.svelte';
import { shortView as view } from './test-support/views';
import type { ShortTextProps } from './types';

function props(overrides: Partial<ShortTextProps> = {}): ShortTextProps {
	return {
		view,
		lang: 'fr',
		idPrefix: 'q4',
		input: '',
		onchange: vi.fn(),
		order: [],
		locked: false,
		...overrides
	};
}

describe('ShortText', () => {
	it('shows the prompt as the legend and a labelled text field without autocomplete', () => {
		render(ShortText, props({ input: 'Statut' }));
		const group = screen.getByRole('group', { name: 'Quel traité a créé la Cour ?' });
		const field = screen.getByRole('textbox', { name: 'Votre réponse' });
		expect(group).toContainElement(field);
		expect(field).toHaveAttribute('type', 'text');
		expect(field).toHaveAttribute('autocomplete', 'off');
		expect(field).toHaveAttribute('spellcheck', 'false');
		expect(field).toHaveAttribute('placeholder', 'par exemple : le Traité de…');
		expect(field).toHaveValue('Statut');
		// the label is visible text, not only an aria-label
		expect(screen.getByText('Votre réponse').tagName).toBe('LABEL');
	});

	it('uses the page language', () => {
		render(ShortText, props({ lang: 'en' }));
		expect(screen.getByRole('group', { name: 'Which treaty created the Court?' })).toBeInTheDocument();
		expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveAttribute(
			'placeholder',
			'for example: the Treaty of…'
		);
	});

	it('has no placeholder when the view has none', () => {
		render(ShortText, props({ view: { ...view, placeholder: undefined } }));
		expect(screen.getByRole('textbox')).not.toHaveAttribute('placeholder');
	});

	it('reports what is typed after Tab, and Enter submits nothing', async () => {
		const user = userEvent.setup();
		const spy = vi.fn();
		render(Controlled, { widget: ShortText, widgetProps: props(), initial: '', spy });
		await user.tab();
		const field = screen.getByRole('textbox', { name: 'Votre réponse' });
		expect(field).toHaveFocus();
		await user.keyboard('Rome');
		expect(spy).toHaveBeenLastCalledWith('Rome');
		expect(spy).toHaveBeenCalledTimes(4);

		const enter = vi.fn((event: KeyboardEvent) => event.defaultPrevented);
		window.addEventListener('keydown', enter);
		await user.keyboard('{Enter}');
		window.removeEventListener('keydown', enter);
		expect(enter).toHaveReturnedWith(true);
		expect(spy).toHaveBeenCalledTimes(4);
		expect(field).toHaveValue('Rome');
	});

	it('disables the field when locked', () => {
		render(ShortText, props({ locked: true }));
		expect(screen.getByRole('textbox')).toBeDisabled();
	});

	it('marks the answer with an icon and a word', () => {
		render(ShortText, props({ input: 'Traité de Versailles', marks: { answer: false } }));
		expect(screen.getByRole('group')).toHaveTextContent('✗ erroné');
		expect(screen.getByRole('textbox')).toHaveAccessibleDescription('erroné');
	});
});
