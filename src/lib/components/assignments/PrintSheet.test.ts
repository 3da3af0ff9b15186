import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { assignmentPath, linkPieces } from '$lib/assignments/assignment';
import { testAssignment } from '$lib/assignments/test-support/fixtures';
import PrintSheet from './PrintSheet.svelte';

const assignment = testAssignment({
	id: 'sheet00001',
	title: 'Devoir <b>du jeudi</b>',
	note: 'Première ligne\nDeuxième ligne',
	lang: 'fr',
	modules: ['02-cyber', '01-jurisdiction'],
	passMark: 0.75,
	attempts: 3,
	reveal: 'each',
	retries: false,
	due: '2025-03-14',
	createdAt: '2025-03-01T00:00:00.000Z'
});
const link = `https://example.org${assignmentPath('fr', assignment)}`;
const moduleTitles = { '01-jurisdiction': { fr: 'Compétence', en: 'Jurisdiction' }, '02-cyber': { fr: 'Cyber', en: 'Cyber EN' } };

describe('PrintSheet', () => {
	it('has the title, due date, note, modules in order, rules, the full link and the QR code', async () => {
		render(PrintSheet, { assignment, link, moduleTitles, questionCount: 12 });
		const sheet = screen.getByRole('article', { name: 'Devoir <b>du jeudi</b>' });
		expect(within(sheet).getByText(/À rendre au plus tard le 14 mars 2025/)).toBeInTheDocument();
		expect(within(sheet).getByText(/Première ligne/)).toHaveTextContent('Première ligne Deuxième ligne');
		expect(within(sheet).getAllByRole('listitem').slice(0, 2).map((li) => li.textContent)).toEqual(['Cyber', 'Compétence']);
		expect(sheet).toHaveTextContent('12 questions');
		expect(sheet).toHaveTextContent('Seuil de réussite : 75 %');
		expect(sheet).toHaveTextContent('Tentatives autorisées : 3');
		expect(sheet).toHaveTextContent('Bonnes réponses : montrées après chaque question');
		expect(sheet).toHaveTextContent('Réessayer après une mauvaise réponse : non, la première réponse vérifiée compte');
		expect(within(sheet).getByRole('link', { name: link })).toHaveAttribute('href', link);
		// the QR code's module is fetched when the sheet is first shown
		expect(await within(sheet).findByRole('img', { name: /^QR code du lien vers le devoir «\sDevoir <b>du jeudi<\/b>\s»$/ })).toBeInTheDocument();
		// the title is text, never markup
		expect(sheet.querySelector('b')).toBeNull();
	});

	it('says in words what to do with the QR code and the address', async () => {
		render(PrintSheet, { assignment, link, moduleTitles, questionCount: 12 });
		const sheet = screen.getByRole('article');
		// the caption names the figure that holds the code
		const figure = within(sheet).getByRole('figure', { name: 'Scannez pour ouvrir le devoir' });
		expect(await within(figure).findByRole('img', { name: /^QR code du lien/ })).toBeInTheDocument();
		const label = within(sheet).getByText('Ou tapez cette adresse :');
		// the address comes right after its label, whole, with places to break the line
		const address = label.nextElementSibling!;
		expect(address).toHaveClass('link');
		expect(address.textContent).toBe(link);
		expect(address.querySelectorAll('wbr')).toHaveLength(linkPieces(link).length);
	});

	it('is written in the students’ language', () => {
		render(PrintSheet, {
			assignment: { ...assignment, lang: 'en', due: null, attempts: 0, retries: true },
			link,
			moduleTitles,
			questionCount: 1
		});
		const sheet = screen.getByRole('article');
		expect(sheet).toHaveAttribute('lang', 'en');
		expect(sheet).toHaveTextContent('No due date');
		expect(sheet).toHaveTextContent('Attempts: unlimited');
		expect(sheet).toHaveTextContent('Cyber EN');
		expect(sheet).toHaveTextContent('Right answers: shown after each question');
		expect(sheet).toHaveTextContent('Try again after a wrong answer: allowed, each further try costing at least a third of the question’s mark');
		expect(within(sheet).getByRole('figure', { name: 'Scan to open the assignment' })).toBeInTheDocument();
		expect(within(sheet).getByText('Or type this address:')).toBeInTheDocument();
	});

	it('says nothing of retries when answers are not checked one by one', () => {
		render(PrintSheet, { assignment: { ...assignment, reveal: 'end', retries: true }, link, moduleTitles, questionCount: 1 });
		const sheet = screen.getByRole('article');
		expect(sheet).toHaveTextContent('Bonnes réponses : montrées après avoir rendu tout le devoir');
		expect(sheet).not.toHaveTextContent('Réessayer');
	});
});

describe('linkPieces', () => {
	it('cuts after each / of the address, then every 8 characters from the #, and before the checksum', () => {
		expect(linkPieces('https://example.org/fr/assignment/#v2.ABCDEFGHIJKLMNOPQ.abcdef')).toEqual([
			'https://',
			'example.org/',
			'fr/',
			'assignment/',
			'#v2.ABCD',
			'EFGHIJKL',
			'MNOPQ',
			'.abcdef'
		]);
		expect(linkPieces(link).join('')).toBe(link);
		expect(linkPieces('no-fragment/here')).toEqual(['no-fragment/', 'here']);
		expect(linkPieces('https://example.org/#')).toEqual(['https://', 'example.org/', '#']);
	});
});
