import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '$lib/assignments/assignment';
import PrintSheet from './PrintSheet.svelte';

const assignment: Assignment = {
	v: 1,
	id: 'sheet00001',
	title: 'Devoir <b>du jeudi</b>',
	note: 'Première ligne\nDeuxième ligne',
	lang: 'fr',
	modules: ['02-cyber', '01-jurisdiction'],
	questions: { mode: 'all' },
	passMark: 0.75,
	attempts: 3,
	reveal: 'each',
	due: '2025-03-14',
	createdAt: '2025-03-01T09:00:00.000Z'
};
const link = 'https://example.org/fr/assignment/#v1.abc.01234567';
const moduleTitles = { '01-jurisdiction': { fr: 'Compétence', en: 'Jurisdiction' }, '02-cyber': { fr: 'Cyber', en: 'Cyber EN' } };

describe('PrintSheet', () => {
	it('has the title, due date, note, modules in order, rules, the full link and the QR code', async () => {
		render(PrintSheet, { assignment, link, moduleTitles, questionCount: 12 });
		const sheet = screen.getByRole('article', { name: 'Devoir <b>du jeudi</b>' });
		expect(within(sheet).getByText(/À rendre au plus tard le 14 mars 2025/)).toBeInTheDocument();
		expect(within(sheet).getByText(/Première ligne/)).toHaveTextContent('Première ligne Deuxième ligne');
		expect(within(sheet).getAllByRole('listitem').slice(0, 2).map((li) => li.textContent)).toEqual(['Cyber', 'Compétence']);
		expect(sheet).toHaveTextContent('12 question(s)');
		expect(sheet).toHaveTextContent('Seuil de réussite : 75 %');
		expect(sheet).toHaveTextContent('Tentatives autorisées : 3');
		expect(sheet).toHaveTextContent('Après chaque question');
		expect(within(sheet).getByRole('link', { name: link })).toHaveAttribute('href', link);
		// the QR code's module is fetched when the sheet is first shown
		expect(await within(sheet).findByRole('img', { name: /^QR code du lien vers le devoir «\sDevoir <b>du jeudi<\/b>\s»$/ })).toBeInTheDocument();
		// the title is text, never markup
		expect(sheet.querySelector('b')).toBeNull();
	});

	it('is written in the students’ language', () => {
		render(PrintSheet, { assignment: { ...assignment, lang: 'en', due: null, attempts: 0 }, link, moduleTitles, questionCount: 1 });
		const sheet = screen.getByRole('article');
		expect(sheet).toHaveAttribute('lang', 'en');
		expect(sheet).toHaveTextContent('No due date');
		expect(sheet).toHaveTextContent('Attempts: unlimited');
		expect(sheet).toHaveTextContent('Cyber EN');
	});
});
