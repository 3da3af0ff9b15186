// The JavaScript each page ships, held to a budget (README.md, "Performance"): read from the built
// pages and files (the .br the host serves, bodies only), so it is exact and needs no browser. A
// page asks for the enhance module, then for each island its module and the chunks it imports
// (data-src, data-preload), at once or, `when="near"`/`"touch"`, later. The bench
// (`npm run bench:web`) measures the same files on the wire, with their headers.
//
// Why a test: on 6 December 2026 the chunk every island loads doubled (35 → 66 KB before
// compression) when a lesson step's checks began sharing the quiz's code, and the home and quiz
// pages grew by 10 and 16 KB without any test noticing (docs/decisions/0009-fewer-larger-chunks.md).
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allPages } from './pages';

const buildDir = join(import.meta.dirname, '../..', process.env.BUILD_DIR ?? 'build');
const KB = 1024;

/**
 * Each island's JavaScript with the enhance module, compressed: what its page asks for. Measured
 * on 6 December 2026 with the chunking by island (src/lib/islands/build/chunking.ts), plus about 1 KB;
 * raise one only for code its island needs, and say so in README.md.
 */
const ISLAND_BUDGET_KB: Record<string, number> = {
	assignment: 68, // +1 KB on 6 Dec 2026: the case question type, as the quiz; +0.5 KB on 7 Dec 2026: the evidence question type (issue 24: its scorer, validator, input shape, answer in words; its widget loads only where one is shown), 65.81 KB measured; +0.5 KB once the evidence and LMS work were merged (66.01 KB measured); +0.5 KB on 7 Dec 2026 (issue 27, afternoon): question 1 drawn at once without Start — the runner's first attempt from the page's seed, the mode chosen above question 1, answers given before the device was read kept and merged (session.takeEarlyAnswers), 66.31 → 66.93 KB measured (the runner is the assignment's too); +0.5 KB the same afternoon (issue 26): the evidence widget draws its sentences through ChoiceList, the one option markup (its label as a snippet), 66.93 → 66.99 KB measured, +0.06–0.09 KB on every quiz-carrying island; +0.5 KB on 7 Dec 2026 (issue 27, decision 23): the runner's rehearsal mode and the scheduler loaded ahead (an assignment does not rehearse, but shares the runner), 67.74 KB measured
	'class-results': 53, // +0.5 KB on 7 Dec 2026: the table paged by cells and drawn in stages, formatters made once (issue 19: 300 receipts under 200 ms per task); 51.79 KB measured; +0.5 KB the same day for the evidence question type (regrading and answers in words), 52.14 KB measured; +0.5 KB on 7 Dec 2026 (issue 27, afternoon): the month names of format.ts, in the chunk every island shares (the first Intl.DateTimeFormat a page made cost a step's first Check about 100 ms: src/lib/format.ts), and the quiz fold's messages; 52.46 → 52.52 KB measured
	'due-today': 33.5,
	'glossary-filter': 25,
	listen: 25.5,
	navigator: 29, // 7 Dec 2026: the navigator's explore mode (issue 23), its view fetched before it starts
	progress: 45.5, // +0.5 KB on 7 Dec 2026: 44.92 → 45.02 KB once an answer's completeness was asked of the validator alone (grade.ts missingFrom/isComplete, shared with the quizzes) and an attempt's order read from the view (issue 27)
	// +1 KB on 6 Dec 2026 for the case question type (its widget loads only where a case is shown;
	// the runner gained the per-decision feedback, citations and the parts read out after Check)
	quiz: 55.5, // +0.5 KB on 7 Dec 2026: a checked case links to the navigator on its facts (QuestionFeedback), one fetchJson; 52.52 KB measured; +0.5 KB the same day for the evidence question type (its widget loads only where one is shown), 53.01 KB measured; +0.5 KB on 7 Dec 2026 (issue 27): Start no longer waits for the key (Check, Show the answer and Submit wait for it, and say when it cannot be had), 53.26 → 53.52 KB measured; +0.5 KB on 7 Dec 2026 (issue 27, afternoon): question 1 drawn at once without Start — the runner's first attempt from the page's seed, the mode chosen above question 1, answers given before the device was read kept and merged (session.takeEarlyAnswers), 53.52 → 54.14 KB measured; +0.5 KB on 7 Dec 2026 (issue 27, evening): question 1's key apart (first-key.json, taken from whichever file brings it first), the focus let go before a Check changes the page, the folded explanation drawn after the verdict, and a theme press kept before the enhance module runs, 54.22 → 54.51 KB measured; +0.5 KB on 7 Dec 2026 (issue 27, decision 23): the first Check rehearsed off screen as the island starts (Rehearsal.svelte, the runner's `rehearse`) and the review scheduler loaded as the learner reaches for the quiz, 54.59 → 55.28 KB measured
	review: 57, // +0.5 KB twice on 7 Dec 2026: module 1's graded cases in the deck (54.3 KB), then their link to the navigator in the explanation (54.59 KB measured); +0.5 KB for the evidence question type (55.06 KB measured); +0.5 KB on 7 Dec 2026 for the same QuizRunner change as the quiz (55.32 → 55.58 KB measured); +0.5 KB on 7 Dec 2026 (issue 27, afternoon): question 1 drawn at once without Start — the runner's first attempt from the page's seed, the mode chosen above question 1, answers given before the device was read kept and merged (session.takeEarlyAnswers), 55.58 → 56.20 KB measured; +0.5 KB on 7 Dec 2026 (issue 27, night): a graded answer and its review card in one write once the scheduler is loaded (progress.ts), and a Check's move taken from one copy of the attempt, 56.50 KB measured
	search: 25.5,
	'step-checks': 49.5, // +0.5 KB on 7 Dec 2026 for the evidence question type (48.01 KB measured); +0.5 KB twice on 7 Dec 2026: 47.2 KB once the navigator island shared its modules (Cite, citations); 47.55 KB once a checked case linked to the navigator on its facts (QuestionFeedback) and islands fetched through one fetchJson; +0.5 KB on 7 Dec 2026 (issue 27, afternoon): 48.44 → 48.58 KB, a check ticked before the island started no longer writes over one the device holds (StepChecks reads the device first) and the shared messages gained the quiz's fold above question 1; +0.5 KB on 7 Dec 2026 (issue 27, decision 23): the first Check rehearsed off screen as the island starts (Rehearsal.svelte, StepChecks' `rehearse`), 48.58 → 49.44 KB measured
	// 7 Dec 2026: a step's table of contents marks the steps whose checks are answered (issue 20);
	// fetched only when the learner reaches for it, so never part of a step's first load; 35.33 KB measured
	// +0.5 KB on 7 Dec 2026 (issue 27, afternoon): the month names of format.ts in the shared chunk, 35.83 → 35.96 KB measured
	'step-toc': 36.5,
	teach: 39.5
};
/** the target for a lesson's page or step (README.md), at its first load: islands fetched later aside */
const LESSON_FIRST_LOAD_KB = 40;

const brotliSize = (url: string) => {
	const file = join(buildDir, url.split('?')[0]);
	expect(existsSync(`${file}.br`), `${file}.br`).toBe(true);
	return statSync(`${file}.br`).size;
};
const sum = (urls: Iterable<string>) => [...new Set(urls)].reduce((total, url) => total + brotliSize(url), 0);
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

function scriptsOf(path: string) {
	const html = readFileSync(join(buildDir, path, 'index.html'), 'utf8');
	const enhance = html.match(/<script data-enhance="([^"]+)">/)?.[1];
	expect(enhance, `${path}: the enhance module`).toBeTruthy();
	const islands = [...html.matchAll(/<div data-island=[^>]*>/g)].map(([tag]) => ({
		name: attr(tag, 'data-island') ?? '',
		when: attr(tag, 'data-island-when') ?? 'load',
		files: [attr(tag, 'data-src') ?? '', ...(attr(tag, 'data-preload') ?? '').split(' ')].filter(Boolean)
	}));
	return { enhance: enhance as string, islands };
}

test('every island, with the enhance module, stays within its budget', () => {
	const seen = new Set<string>();
	for (const path of allPages) {
		const { enhance, islands } = scriptsOf(path);
		for (const island of islands) {
			const budget = ISLAND_BUDGET_KB[island.name];
			expect(budget, `${path}: island "${island.name}" has no budget in this test`).toBeGreaterThan(0);
			const bytes = sum([enhance, ...island.files]);
			expect(bytes / KB, `${path}: the "${island.name}" island's JavaScript, in KB`).toBeLessThanOrEqual(budget);
			seen.add(island.name);
		}
	}
	// every budget is checked on some page (a budget for an island no page has would hold nothing)
	expect([...seen].sort()).toEqual(Object.keys(ISLAND_BUDGET_KB).sort());
});

test('a lesson page or step asks for at most 40 KB of JavaScript at its first load', () => {
	const lessons = allPages.filter((path) => /^\/(fr|en)\/modules\/[^/]+\/(?!quiz\/)/.test(path));
	expect(lessons.length).toBeGreaterThan(10);
	for (const path of lessons) {
		const { enhance, islands } = scriptsOf(path);
		const bytes = sum([enhance, ...islands.filter((island) => island.when === 'load').flatMap((island) => island.files)]);
		expect(bytes / KB, `${path}: JavaScript at first load, in KB`).toBeLessThanOrEqual(LESSON_FIRST_LOAD_KB);
	}
});
