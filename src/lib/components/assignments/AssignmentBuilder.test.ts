import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeAssignment } from '$lib/assignments/assignment';
import { content } from '$lib/content';
import AssignmentBuilder from './AssignmentBuilder.svelte';
import { teachModules } from './test-support/teach-modules';

const known = { modules: teachModules.map((m) => m.slug), questionIds: teachModules.flatMap((m) => m.questions.map((q) => q.id)) };
const now = () => new Date(2025, 2, 10, 12, 0);

function setup() {
	const user = userEvent.setup();
	render(AssignmentBuilder, { modules: teachModules, lang: 'fr', now });
	return user;
}

function link(): string {
	return (screen.getByRole('textbox', { name: 'Lien vers le devoir' }) as HTMLInputElement).value;
}

beforeEach(() => localStorage.clear());

describe('AssignmentBuilder', () => {
	it('lists what is missing, with links to the fields, and creates nothing', async () => {
		const user = setup();
		await user.click(screen.getByRole('button', { name: 'Créer le lien' }));
		const alert = screen.getByRole('alert');
		expect(within(alert).getByRole('link', { name: 'Donnez un titre au devoir.' })).toHaveAttribute('href', '#teach-title');
		expect(within(alert).getByRole('link', { name: 'Choisissez au moins un module.' })).toBeInTheDocument();
		expect(alert).toHaveFocus();
		expect(screen.queryByRole('textbox', { name: 'Lien vers le devoir' })).toBeNull();
	});

	it('builds a random-draw assignment and shows its link, QR code and sheet', async () => {
		const user = setup();
		await user.type(screen.getByLabelText('Titre'), 'Révision « compétence »');
		await user.type(screen.getByLabelText('Message aux élèves (facultatif)'), 'Bon courage !');
		await user.selectOptions(screen.getByLabelText('Langue des élèves'), 'en');
		const modules = screen.getByRole('group', { name: 'Modules' });
		for (const box of within(modules).getAllByRole('checkbox')) await user.click(box);
		await user.click(screen.getByRole('radio', { name: /tirage au sort/ }));
		const perModule = screen.getByLabelText('Questions par module');
		await user.clear(perModule);
		await user.type(perModule, '3');
		expect(screen.getByText('Chaque élève répondra à 5 questions.')).toBeInTheDocument();
		const pass = screen.getByLabelText('Seuil de réussite (%)');
		await user.clear(pass);
		await user.type(pass, '60');
		await user.selectOptions(screen.getByLabelText('Tentatives autorisées'), '2');
		await user.click(screen.getByRole('radio', { name: /^Jamais/ }));
		await user.click(screen.getByRole('button', { name: 'Créer le lien' }));

		const result = decodeAssignment(link(), known);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.assignment).toMatchObject({
			title: 'Révision « compétence »',
			note: 'Bon courage !',
			lang: 'en',
			modules: ['01-jurisdiction', '02-cyber'],
			questions: { mode: 'random', perModule: 3 },
			passMark: 0.6,
			attempts: 2,
			reveal: 'never',
			due: null
		});
		expect(link()).toMatch(/^http:\/\/[^/]+\/en\/assignment\/#v2\./);
		// short enough to type from the sheet: what follows the host
		expect(new URL(link()).pathname.length + new URL(link()).hash.length).toBeLessThanOrEqual(150);
		expect(screen.getByRole('heading', { name: 'Le lien à partager' })).toHaveFocus();
		// plain links to Google's and Microsoft's share pages, with the whole link: nothing loaded before a click
		const classroom = new URL(screen.getByRole('link', { name: 'Partager dans Google Classroom' }).getAttribute('href') ?? '');
		expect([classroom.host, classroom.searchParams.get('url'), classroom.searchParams.get('title')]).toEqual(['classroom.google.com', link(), 'Révision « compétence »']);
		const teams = new URL(screen.getByRole('link', { name: 'Partager dans Microsoft Teams' }).getAttribute('href') ?? '');
		expect([teams.host, teams.searchParams.get('href')]).toEqual(['teams.microsoft.com', link()]);
		expect(document.querySelectorAll('script[src*="google"], script[src*="microsoft"], iframe')).toHaveLength(0);
		// the sheet is in the students' language
		const sheet = screen.getByRole('article', { name: 'Révision « compétence »' });
		expect(sheet).toHaveAttribute('lang', 'en');
		expect(within(sheet).getByText('No due date')).toBeInTheDocument();
		expect(within(sheet).getByText('5 questions')).toBeInTheDocument();
		expect(within(sheet).getByText('Pass mark: 60 %')).toBeInTheDocument();
		// the QR code's module is fetched when the first sheet is shown
		expect(await within(sheet).findByRole('img', { name: /QR code of the link/ })).toBeInTheDocument();
		expect(within(sheet).getByRole('link', { name: link() })).toHaveAttribute('href', link());
		// kept on this device, to find the link again
		expect(screen.getByRole('link', { name: 'Révision « compétence »' })).toBeInTheDocument();
	});

	it('starts from the modules’ own pass mark, and writes the day it was made', async () => {
		// every module's quiz passes at the same mark: the form starts from it
		const marks = content.modules.flatMap((module) => (module.quiz ? [module.quiz.passMark] : []));
		expect(marks.length).toBeGreaterThan(0);
		expect(new Set(marks)).toEqual(new Set([0.7]));
		const user = setup();
		expect(screen.getByLabelText('Seuil de réussite (%)')).toHaveValue(70);
		await user.type(screen.getByLabelText('Titre'), 'Seuil');
		await user.click(screen.getByRole('checkbox', { name: /Le cyber/ }));
		await user.click(screen.getByRole('button', { name: 'Créer le lien' }));
		const result = decodeAssignment(link(), known);
		expect(result.ok && result.assignment.passMark).toBe(marks[0]);
		expect(result.ok && result.assignment.createdAt).toBe(`${now().toISOString().slice(0, 10)}T00:00:00.000Z`);
	});

	it('asks about retries only with feedback after each question, and allows none unless ticked', async () => {
		const user = setup();
		await user.type(screen.getByLabelText('Titre'), 'Essais');
		await user.click(screen.getByRole('checkbox', { name: /Le cyber/ }));
		const retries = () => screen.queryByRole('checkbox', { name: /^Autoriser\s«\sRéessayer\s»\saprès une mauvaise réponse$/ });
		expect(retries()).toBeNull();
		await user.click(screen.getByRole('radio', { name: 'Après chaque question' }));
		expect(retries()).not.toBeChecked();
		expect(retries()).toHaveAccessibleDescription(/^Chaque nouvel essai coûte au moins un tiers des points de la question/);
		await user.click(screen.getByRole('button', { name: 'Créer le lien' }));
		let result = decodeAssignment(link(), known);
		expect(result.ok && [result.assignment.reveal, result.assignment.retries]).toEqual(['each', false]);

		await user.click(retries()!);
		await user.click(screen.getByRole('button', { name: 'Créer le lien' }));
		result = decodeAssignment(link(), known);
		expect(result.ok && result.assignment.retries).toBe(true);

		// with another reveal the box is gone, and what it held does not travel
		await user.click(screen.getByRole('radio', { name: /^Après avoir rendu/ }));
		expect(retries()).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Créer le lien' }));
		result = decodeAssignment(link(), known);
		expect(result.ok && [result.assignment.reveal, result.assignment.retries]).toEqual(['end', false]);
	});

	it('picks questions of the chosen modules, in the authored order', async () => {
		const user = setup();
		await user.type(screen.getByLabelText('Titre'), 'Choix');
		await user.click(screen.getByRole('checkbox', { name: /La compétence de la Cour/ }));
		await user.click(screen.getByRole('radio', { name: 'Les questions que je choisis' }));
		await user.click(screen.getByRole('checkbox', { name: /Question j3/ }));
		await user.click(screen.getByRole('checkbox', { name: /Question j1/ }));
		expect(screen.getByText('Chaque élève répondra à 2 questions.')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Créer le lien' }));
		const result = decodeAssignment(link(), known);
		expect(result.ok && result.assignment.questions).toEqual({ mode: 'pick', ids: ['j1', 'j3'] });
		expect(result.ok && result.assignment.modules).toEqual(['01-jurisdiction']);
	});

	it('refuses a pick of no question and a pass mark over 100', async () => {
		const user = setup();
		await user.type(screen.getByLabelText('Titre'), 'Vide');
		await user.click(screen.getByRole('checkbox', { name: /Le cyber/ }));
		await user.click(screen.getByRole('radio', { name: 'Les questions que je choisis' }));
		const pass = screen.getByLabelText('Seuil de réussite (%)');
		await user.clear(pass);
		await user.type(pass, '120');
		await user.click(screen.getByRole('button', { name: 'Créer le lien' }));
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('Choisissez au moins une question.');
		expect(alert).toHaveTextContent('Le seuil de réussite doit être un nombre de 0 à 100.');
	});

	it('warns about a due date already past, and about changes after the link was made', async () => {
		const user = setup();
		await user.type(screen.getByLabelText('Titre'), 'En retard');
		await user.click(screen.getByRole('checkbox', { name: /Le cyber/ }));
		await user.type(screen.getByLabelText('Date limite (facultatif)'), '2025-03-09');
		expect(screen.getByText(/La date limite est déjà passée/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Créer le lien' }));
		const result = decodeAssignment(link(), known);
		expect(result.ok && result.assignment.due).toBe('2025-03-09');
		await user.type(screen.getByLabelText('Titre'), ' !');
		expect(screen.getByText(/Vous avez modifié le formulaire/)).toBeInTheDocument();
	});

	it('says when the link could not be copied', async () => {
		const user = setup();
		await user.type(screen.getByLabelText('Titre'), 'Copie');
		await user.click(screen.getByRole('checkbox', { name: /Le cyber/ }));
		await user.click(screen.getByRole('button', { name: 'Créer le lien' }));
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
		await user.click(screen.getByRole('button', { name: 'Copier le lien' }));
		expect(await screen.findByText(/n’a pas pu être copié/)).toBeInTheDocument();
	});
});
