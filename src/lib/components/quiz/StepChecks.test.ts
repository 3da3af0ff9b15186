// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { checksForStep, loadChecks } from '$lib/content/checks';
import { resolveAll } from '$lib/content/citations';
import { contentFiles } from '$lib/content/files';
import { questionIn } from '$lib/quiz/in-language';
import { loadCheckAnswers } from '$lib/storage/checks';
import { loadProgress } from '$lib/storage/progress';
import StepChecks from './StepChecks.svelte';

// The checks of a step, as a learner meets them: the fixture's two questions (a single choice
// among three options with one hint, and a true/false), in French, with their keys.
const FILE = 'lessons/01-jurisdiction/checks.yaml';
const fixture = readFileSync(path.join(import.meta.dirname, '../../content/test-support', FILE), 'utf8');
const whole = loadChecks({ ...contentFiles, [FILE]: fixture }).get('01-jurisdiction')!.questions;

function props(ids = ['j-check-fixture-1', 'j-check-fixture-2']) {
	const { keysUrl: _url, questions: _views, ...rest } = checksForStep('01-jurisdiction', ids, 'fr', 'what-is-icc', whole);
	const questions = ids.map((id) => questionIn(whole.find((q) => q.view.id === id)!, 'fr'));
	const citations = resolveAll(
		questions.flatMap((q) => q.key.citations),
		'fr',
		'test'
	);
	return { ...rest, questions, citations };
}

const stored = (id: string) => loadCheckAnswers().record.checks[id];
const check = (n = 0) => screen.getAllByRole('button', { name: 'Vérifier' })[n];

/** Mounts the checks and waits for their first read of the device (a task after mounting). */
async function mount(ids?: string[]) {
	const view = render(StepChecks, props(ids));
	await new Promise((resolve) => setTimeout(resolve, 5));
	return view;
}

beforeEach(() => localStorage.clear());

describe('StepChecks', () => {
	it('grades a right answer in place, says so in the live region, and keeps it', async () => {
		const user = userEvent.setup();
		await mount();
		const first = document.getElementById('check-j-check-fixture-1')!;
		await user.click(within(first).getByRole('radio', { name: 'Un traité entre États' }));
		await user.click(check(0));
		expect(within(first).getByRole('heading', { name: /Bonne réponse/ })).toHaveFocus();
		expect(screen.getByRole('status')).toHaveTextContent('Bonne réponse');
		expect(within(first).getByRole('radio', { name: /Un traité entre États/ })).toBeDisabled();
		expect(stored('j-check-fixture-1')).toMatchObject({ credit: 1, checked: true, revealed: false, tries: [{ input: 'treaty', hints: 0 }] });
		// the second check is still open
		expect(screen.getAllByRole('button', { name: 'Vérifier' })).toHaveLength(1);
	});

	it('makes a wrong answer tried again cost what its button said', async () => {
		const user = userEvent.setup();
		await mount(['j-check-fixture-1']);
		await user.click(screen.getByRole('radio', { name: 'La Charte des Nations Unies' }));
		await user.click(check());
		expect(screen.getByRole('heading', { name: /Réponse incorrecte/ })).toBeInTheDocument();
		expect(stored('j-check-fixture-1').credit).toBe(0);
		// one of three options is gone: a retry is worth at most half
		await user.click(screen.getByRole('button', { name: 'Réessayer (au plus 50 % des points désormais)' }));
		await user.click(screen.getByRole('radio', { name: 'Un traité entre États' }));
		await user.click(check());
		expect(screen.getByRole('heading', { name: /Bonne réponse/ })).toHaveTextContent('Cette question rapporte 50 % de ses points.');
		expect(stored('j-check-fixture-1')).toMatchObject({ credit: 0.5, tries: [{ input: 'charter' }, { input: 'treaty' }] });
	});

	it('makes a hint cost a quarter, as announced', async () => {
		const user = userEvent.setup();
		await mount(['j-check-fixture-1']);
		await user.click(screen.getByRole('button', { name: 'Afficher un indice (la question vaudra alors au plus 75 %)' }));
		expect(screen.getByText('Pensez au Statut de Rome.')).toBeInTheDocument();
		await user.click(screen.getByRole('radio', { name: 'Un traité entre États' }));
		await user.click(check());
		expect(stored('j-check-fixture-1')).toMatchObject({ credit: 0.75, hints: 1 });
	});

	it('gives nothing for an answer shown, beside the learner’s own', async () => {
		const user = userEvent.setup();
		await mount(['j-check-fixture-1']);
		await user.click(screen.getByRole('radio', { name: 'Une résolution du Conseil de sécurité' }));
		await user.click(check());
		await user.click(screen.getByRole('button', { name: 'Montrer la réponse (cette question ne rapportera alors rien)' }));
		expect(screen.getByRole('heading', { name: /Réponse incorrecte/ })).toHaveTextContent('Vous avez demandé la réponse : cette question ne rapporte rien.');
		expect(screen.getByText('La réponse attendue')).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /Réessayer/ })).toBeNull();
		expect(stored('j-check-fixture-1')).toMatchObject({ credit: 0, revealed: true });
	});

	it('says what is missing instead of grading an incomplete answer', async () => {
		const user = userEvent.setup();
		await mount(['j-check-fixture-2']);
		await user.click(check());
		expect(screen.getByRole('alert')).toHaveTextContent('Choisissez une réponse avant de vérifier.');
		expect(stored('j-check-fixture-2')).toBeUndefined();
	});

	it('shows a check as it was left after a reload, its feedback included', async () => {
		const user = userEvent.setup();
		const first = await mount(['j-check-fixture-1']);
		await user.click(screen.getByRole('radio', { name: 'La Charte des Nations Unies' }));
		await user.click(check());
		first.unmount();
		await mount(['j-check-fixture-1', 'j-check-fixture-2']);
		const again = document.getElementById('check-j-check-fixture-1')!;
		expect(within(again).getByRole('radio', { name: /La Charte des Nations Unies/ })).toBeChecked();
		expect(within(again).getByRole('heading', { name: /Réponse incorrecte/ })).toBeInTheDocument();
		expect(within(again).getByRole('button', { name: /Réessayer/ })).toBeInTheDocument();
		expect(within(again).queryByRole('button', { name: 'Vérifier' })).toBeNull();
	});

	it('leaves the module’s quiz score and its answered questions alone', async () => {
		const user = userEvent.setup();
		await mount(['j-check-fixture-2']);
		await user.click(screen.getByRole('radio', { name: /Faux/ }));
		await user.click(check());
		expect(stored('j-check-fixture-2').credit).toBe(1);
		expect(loadProgress().progress).toEqual({ version: 1, modules: {}, items: {} });
	});

	it('draws the verdict at once and the folded explanation with its sources just after (issue 27)', async () => {
		const user = userEvent.setup();
		await mount();
		const first = document.getElementById('check-j-check-fixture-1')!;
		await user.click(within(first).getByRole('radio', { name: 'Un traité entre États' }));
		const fold = () => first.querySelector('details.fold');
		check(0).click();
		await Promise.resolve();
		await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
		// in the Check's own task: the verdict and the fold's summary, not yet what it folds
		expect(within(first).getByRole('heading', { name: /Bonne réponse/ })).toBeInTheDocument();
		expect(fold()?.querySelector('h4')).toBeNull();
		// after the frame that shows the verdict
		await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
		expect(fold()?.querySelector('h4')).not.toBeNull();
		expect(fold()?.querySelectorAll('.cite').length).toBeGreaterThan(0);
	});
});
