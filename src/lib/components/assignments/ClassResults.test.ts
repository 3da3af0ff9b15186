import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { selectQuestions } from '$lib/assignments/assignment';
import { leanQuiz } from '$lib/assignments/lean-quiz';
import { serializeReceipt } from '$lib/assignments/receipt';
import { answersTo, testAssignment, testQuizzes as quizzes, testReceipt } from '$lib/assignments/test-support/fixtures';
import ClassResults from './ClassResults.svelte';

const assignment = testAssignment({
	id: 'comp000001',
	title: 'Contrôle',
	lang: 'fr',
	questions: { mode: 'random', perModule: 2 }
});

function receiptFile(name: string, seed: number, right: number, file = `${seed}.json`): File {
	const questionIds = selectQuestions(assignment, quizzes, seed);
	const answers = answersTo(questionIds, right, 'blank', 'fr');
	const text = serializeReceipt(testReceipt({ assignment, student: { name, class: '2nde A' }, questionIds, answers }));
	return new File([text], file, { type: 'application/json' });
}

async function setup(files: File[]) {
	const user = userEvent.setup();
	render(ClassResults, {
		quizzes: quizzes.map((quiz) => leanQuiz(quiz, 'fr')),
		moduleTitles: { '01-jurisdiction': 'Compétence', '02-cyber': 'Cyber' },
		lang: 'fr'
	});
	await user.upload(screen.getByLabelText(/Choisir des fichiers/), files);
	return user;
}

describe('ClassResults', () => {
	// the page keeps what it read on the device: each test starts from an empty one
	beforeEach(() => localStorage.clear());

	it('loads the good files, lists the bad one with its reason, and shows the class', async () => {
		await setup([
			receiptFile('Ada', 1, 4),
			receiptFile('<img src=x onerror=alert(1)>', 2, 1),
			new File(['{oops'], 'cassé.json', { type: 'application/json' })
		]);
		await screen.findByRole('table', { name: 'Élèves × questions' });
		// (Testing Library reads the no-break spaces of French typography as plain spaces)
		expect(await screen.findByText('3 fichiers lus : 2 reçus utilisés.')).toBeInTheDocument();
		const problems = screen.getByRole('region', { name: 'Fichiers non utilisés' });
		expect(within(problems).getAllByRole('listitem')).toHaveLength(1);
		expect(problems).toHaveTextContent('cassé.json : illisible (il ne contient pas de JSON)');

		const table = screen.getByRole('table', { name: 'Élèves × questions' });
		// the rows come a task after the table's header
		await vi.waitFor(() => expect(within(table).getAllByRole('row').slice(1)).toHaveLength(2));
		// a name from a file is text, never markup
		expect(within(table).getByRole('rowheader', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
		expect(document.querySelector('img')).toBeNull();

		expect(screen.getByRole('heading', { name: 'Contrôle' })).toBeInTheDocument();
		expect(await screen.findByRole('img', { name: /nombre d’élèves par tranche de score/ })).toBeInTheDocument();
		expect(await screen.findByRole('img', { name: /part des élèves ayant juste à chaque question/ })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Télécharger les résultats (CSV)' })).toBeInTheDocument();
	});

	it('shows three students whose files have the same name (rows are receipts, not file names)', async () => {
		const same = 'receipt-lea-martin-1.json';
		await setup([receiptFile('Léa Martin', 1, 2, same), receiptFile('Lea Martin', 2, 1, same), receiptFile('Léo Martin', 3, 0, same)]);
		const table = await screen.findByRole('table', { name: 'Élèves × questions' });
		await vi.waitFor(() => expect(within(table).getAllByRole('row').slice(1)).toHaveLength(3));
		for (const name of ['Léa Martin', 'Lea Martin', 'Léo Martin']) expect(within(table).getByRole('rowheader', { name })).toBeInTheDocument();
	});

	it('shows the score bands and the questions to re-teach in tables', async () => {
		await setup([receiptFile('Ada', 1, 4), receiptFile('Bob', 1, 0, 'bob.json')]);
		await screen.findByRole('table', { name: 'Élèves × questions' });
		// the charts and the item analysis come a task after the table
		const items = await screen.findByRole('table', { name: 'Analyse par question' });
		const bands = screen.getAllByRole('table')[1];
		expect(within(bands).getByRole('row', { name: /^0–10\s%\s1$/ })).toBeInTheDocument();
		expect(within(bands).getByRole('row', { name: /^90–100\s%\s1$/ })).toBeInTheDocument();
		// Ada and Bob got the same questions: each was right for one of two
		expect(within(items).getAllByText('1 sur 2 (50 %)')).toHaveLength(4);
		expect(screen.getByText('Aucune question n’est sous 50 %.')).toBeInTheDocument();
	});

	it('adds files picked later to those already read, and clears them', async () => {
		const user = await setup([receiptFile('Ada', 1, 4)]);
		await user.upload(screen.getByLabelText(/Choisir des fichiers/), [receiptFile('Ada', 1, 4, 'copie.json')]);
		const problems = await screen.findByRole('region', { name: 'Fichiers non utilisés' });
		expect(problems).toHaveTextContent('copie.json : la même tentative a déjà été lue');
		await user.click(screen.getByRole('button', { name: 'Retirer les fichiers' }));
		expect(screen.queryByRole('table')).toBeNull();
		expect(Object.keys(localStorage).filter((k) => k.startsWith('icc:class-'))).toEqual([]);
	});

	it('keeps the results on the device for the next visit, until the teacher erases them', async () => {
		const user = await setup([receiptFile('Ada', 1, 4), receiptFile('Bob', 2, 1)]);
		await screen.findByRole('table', { name: 'Élèves × questions' });
		expect(await screen.findByText(/Ces résultats sont gardés sur cet appareil/)).toBeInTheDocument();
		document.body.innerHTML = '';
		// the next visit: nothing dropped, the class is there
		render(ClassResults, {
			quizzes: quizzes.map((quiz) => leanQuiz(quiz, 'fr')),
			moduleTitles: { '01-jurisdiction': 'Compétence', '02-cyber': 'Cyber' },
			lang: 'fr'
		});
		const table = await screen.findByRole('table', { name: 'Élèves × questions' });
		await vi.waitFor(() => expect(within(table).getAllByRole('row').slice(1)).toHaveLength(2));
		await user.click(screen.getByRole('button', { name: 'Effacer ces résultats de cet appareil' }));
		await user.click(screen.getAllByRole('button', { name: 'Effacer ces résultats de cet appareil' })[0]);
		expect(screen.queryByRole('table')).toBeNull();
		expect(Object.keys(localStorage).filter((k) => k.startsWith('icc:class-'))).toEqual([]);
	});

	it('shows a large class a page at a time, each page replacing the last', async () => {
		const user = await setup(Array.from({ length: 130 }, (_, i) => receiptFile(`Élève ${String(i).padStart(3, '0')}`, i, i % 5)));
		const table = await screen.findByRole('table', { name: 'Élèves × questions' });
		const pages = screen.getByRole('navigation', { name: 'Pages du tableau des résultats' });
		const range = within(pages).getByRole('status');
		const columns = within(table).getAllByRole('columnheader').length;
		// a page holds at most 2,400 cells, and at most 100 students
		const size = Number(/^Élèves 1 à (\d+) sur 130/.exec(range.textContent ?? '')?.[1]);
		expect(size).toBeGreaterThan(0);
		expect(size * columns).toBeLessThanOrEqual(2400);
		expect(size).toBeLessThanOrEqual(100);
		// the page is drawn a few rows per task
		await vi.waitFor(() => expect(within(table).getAllByRole('row').slice(1)).toHaveLength(size));
		expect(within(pages).getByRole('button', { name: 'Élèves précédents' })).toHaveAttribute('aria-disabled', 'true');
		expect(within(table).getByRole('rowheader', { name: /^Élève 000/ })).toBeInTheDocument();

		const next = within(pages).getByRole('button', { name: 'Élèves suivants' });
		next.focus();
		await user.keyboard('{Enter}');
		const to = Math.min(130, 2 * size);
		expect(range).toHaveTextContent(`Élèves ${size + 1} à ${to} sur 130`);
		await vi.waitFor(() => expect(within(table).getAllByRole('row').slice(1)).toHaveLength(to - size));
		// the next page replaces the first: the table never grows past a page
		expect(within(table).queryByRole('rowheader', { name: /^Élève 000/ })).toBeNull();
		expect(within(pages).getByRole('button', { name: 'Élèves précédents' })).toHaveAttribute('aria-disabled', 'false');
		// on to the last page by the keyboard: there Next says it can go no further, and keeps the focus
		for (let turns = 0; turns < 20 && next.getAttribute('aria-disabled') !== 'true'; turns++) await user.keyboard('{Enter}');
		const last = Math.floor(129 / size) * size + 1;
		expect(range).toHaveTextContent(`Élèves ${last} à 130 sur 130`);
		expect(next).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(range).toHaveTextContent(`Élèves ${last} à 130 sur 130`);
		await user.click(within(pages).getByRole('button', { name: 'Élèves précédents' }));
		expect(range).toHaveTextContent(`Élèves ${last - size} à ${last - 1} sur 130`);
	});
});
