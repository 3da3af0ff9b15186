// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveCheckAnswer } from '$lib/storage/checks';
import { recordAnswer, recordFinished } from '$lib/storage/progress';
import ProgressDashboard from './ProgressDashboard.svelte';

beforeEach(() => localStorage.clear());

const module = {
	slug: '01-jurisdiction',
	order: 1,
	title: 'La compétence',
	objectives: [
		{ id: 'triggers', text: 'Les trois voies', href: '/en/modules/x/triggers/' },
		{ id: 'crimes', text: 'Les quatre crimes', href: '/en/modules/x/crimes/' }
	],
	hasQuiz: true,
	quizQuestions: { triggers: 2, crimes: 3 },
	checks: [
		{ id: 'j-check-triggers-1', objectives: ['triggers'] },
		{ id: 'j-check-triggers-2', objectives: ['triggers'] },
		{ id: 'j-check-crimes-1', objectives: ['crimes'] }
	]
};
const answered = (credit: number) => ({
	module: module.slug,
	answer: 'a',
	tries: [{ input: 'a', hints: 0 }],
	hints: 0,
	revealed: false,
	checked: true,
	credit
});

async function show() {
	render(ProgressDashboard, { modules: [module], lang: 'fr' });
	await new Promise((resolve) => setTimeout(resolve, 5));
}
const masteryLine = (text: string) => screen.getByRole('link', { name: text }).closest('li')!;

describe('the progress page with checks as you read', () => {
	it('counts the checks answered and puts them in the mastery of their objective', async () => {
		saveCheckAnswer('j-check-triggers-1', answered(1));
		await show();
		expect(screen.getByText('Vérifications faites pendant la lecture : 1 sur 3')).toBeInTheDocument();
		// 1 of the 4 questions on the objective (2 of the quiz, never taken, 2 checks)
		expect(masteryLine('Les trois voies')).toHaveTextContent(/25\s%/);
		expect(masteryLine('Les quatre crimes')).toHaveTextContent('pas encore évalué');
	});

	it('says a module is in progress once one of its checks is answered, not before', async () => {
		await show();
		expect(screen.getByText('Pas commencé')).toBeInTheDocument();
		document.body.innerHTML = '';
		saveCheckAnswer('j-check-crimes-1', answered(0));
		await show();
		expect(screen.getByText('En cours')).toBeInTheDocument();
	});

	it('averages the quiz’s last attempt and the checks, the quiz score untouched', async () => {
		recordFinished(module.slug, { percent: 60, objectives: { triggers: 1, crimes: 0 }, timeSpentMs: 0 });
		saveCheckAnswer('j-check-triggers-1', answered(0.5));
		await show();
		// (2 × 1 + 0.5 + 0) / 4
		expect(masteryLine('Les trois voies')).toHaveTextContent(/62\s%/);
		expect(screen.getAllByText(/60\s%/)).toHaveLength(2); // best and last: the quiz's own
	});

	it('counts the graded cases solved, and the answered ones in the mastery of their objectives', async () => {
		const withCases = {
			...module,
			cases: [
				{ id: 'j-case-a', objectives: ['crimes', 'triggers'] },
				{ id: 'j-case-b', objectives: ['crimes'] },
				{ id: 'j-case-c', objectives: ['crimes'] }
			]
		};
		await recordAnswer(module.slug, 'j-case-a', { score: 1, helped: false });
		await recordAnswer(module.slug, 'j-case-b', { score: 0.5, helped: false });
		render(ProgressDashboard, { modules: [withCases], lang: 'fr' });
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(screen.getByRole('link', { name: /1 sur 3/ })).toHaveAttribute('href', '/fr/navigator/cases/');
		// crimes: 3 quiz questions never taken, 1 check not answered, cases a (1) and b (0.5); c never opened
		expect(masteryLine('Les quatre crimes')).toHaveTextContent(/25\s%/);
		// triggers: 2 quiz questions, 2 checks not answered, case a (1)
		expect(masteryLine('Les trois voies')).toHaveTextContent(/20\s%/);
	});
});
