import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import GlossaryFilter from './GlossaryFilter.svelte';
import { byLetter, letterOf } from './letters';

const entry = (term: string, definition: string, module = 'Le Statut de Rome') =>
	`<div data-glossary-entry><dt data-filter-text>${term}</dt><dd><p data-filter-text>${definition}</p><p><a href="#">${module}</a></p></dd></div>`;

afterEach(() => {
	document.body.innerHTML = '';
});

describe('the glossary A–Z', () => {
	it('files a term under its first letter, accents folded, anything else under #', () => {
		expect(['État partie', 'Cour', '« Cyber »', '2024'].map(letterOf)).toEqual(['E', 'C', 'C', '#']);
		expect(byLetter([{ term: '« Cyber »' }, { term: 'Accord' }, { term: 'Admissibilité' }, { term: 'Crime' }]).map((g) => [g.letter, g.entries.map((e) => e.term)])).toEqual([
			['A', ['Accord', 'Admissibilité']],
			['C', ['« Cyber »', 'Crime']]
		]);
	});
});

describe('the glossary filter', () => {
	it('keeps the entries whose term or definition holds every word typed, accents and case aside', async () => {
		document.body.innerHTML = `<section data-glossary-group><dl>${entry('Compétence', 'Le pouvoir de juger.')}${entry('Complémentarité', 'Les juridictions nationales d’abord.')}</dl></section>
			<section data-glossary-group><dl>${entry('État partie', 'Un État lié par le Statut.')}</dl></section>`;
		render(GlossaryFilter, {});
		const field = screen.getByLabelText('Filtrer les termes');
		expect(field).toBeEnabled();
		await userEvent.type(field, 'etat');
		const shown = () => [...document.querySelectorAll<HTMLElement>('[data-glossary-entry]')].filter((e) => !e.hidden).map((e) => e.querySelector('dt')!.textContent);
		expect(shown()).toEqual(['État partie']);
		expect(document.querySelectorAll<HTMLElement>('[data-glossary-group]')[0].hidden).toBe(true);
		expect(screen.getByText('1 terme')).toBeInTheDocument();
		// the module's name ("Statut de Rome") is not searched
		await userEvent.clear(field);
		await userEvent.type(field, 'rome');
		expect(shown()).toEqual([]);
		expect(screen.getByText('Aucun terme ne correspond.')).toBeInTheDocument();
		await userEvent.clear(field);
		expect(shown()).toHaveLength(3);
	});
});
