import { describe, expect, it } from 'vitest';
import { checkTerms, MAX_ESSENTIALS_MINUTES, parseLesson } from './lessons';
import { essentialWords, readingMinutes } from './reading';
import { loadSteps, MAX_WORDS_WITHOUT_CHECK } from './steps';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');
const step = (body: string, front = 'title: Étape\nobjectives: [first]\nchecks: [x-check-1]') => `---\n${front}\n---\n${body}\n`;
const files = (steps: Record<string, string>) =>
	Object.fromEntries(Object.entries(steps).map(([path, text]) => [`lessons/01-x/steps/${path}`, text]));

describe('essential words (honest reading time)', () => {
	it('counts the prose, not what sits in a closed Go deeper panel or in tags', () => {
		const body = `<script>\n\timport { Cite, Deeper } from '$lib/components/lesson';\n</script>\n\nUn deux trois.\n\n<Deeper title="Plus loin">\n\n${prose(50)}\n\n</Deeper>\n\nQuatre <Term id="j-icc">cinq</Term>.`;
		expect(essentialWords(body)).toBe(5);
	});

	it('counts the quotation of a citation shown open, with its translation, and not a compact marker', () => {
		const compact = 'Texte.\n\n<Cite source="s" quote="one two three" translation="un deux trois" />';
		const open = 'Texte.\n\n<Cite open source="s" quote="one two three" translation="un deux trois" />';
		const openLast = 'Texte.\n\n<Cite source="s" quote="open two three" open />';
		expect(essentialWords(compact)).toBe(1);
		expect(essentialWords(open)).toBe(7);
		expect(essentialWords(openLast)).toBe(4);
	});

	it('rounds minutes up at 150 words a minute', () => {
		expect(readingMinutes(150)).toBe(1);
		expect(readingMinutes(151)).toBe(2);
		expect(readingMinutes(2250)).toBe(15);
	});
});

describe('steps', () => {
	// each step its own check unless `front` says otherwise
	const both = (folder: string, body: string, front = `title: Étape\nobjectives: [first]\nchecks: [x-check-${folder}]`) => ({
		[`${folder}/fr.md`]: step(body, front),
		[`${folder}/en.md`]: step(body, front)
	});

	it('are read in folder order, with the id from the folder, in both languages', () => {
		const steps = loadSteps(files({ ...both('02-second', 'B.'), ...both('01-first', 'A.') })).get('01-x')!;
		expect(steps.fr.map((s) => [s.order, s.id])).toEqual([
			[1, 'first'],
			[2, 'second']
		]);
		expect(steps.en.map((s) => s.id)).toEqual(['first', 'second']);
	});

	it('keep their hook, the first paragraph as plain text, for the page description', () => {
		const body = `<script>\n\timport { Term } from '$lib/components/lesson';\n</script>\n\nUn **tribunal** peut-il juger un <Term id="j-icc">chef</Term> ?\n\nSuite.`;
		expect(loadSteps(files(both('01-a', body))).get('01-x')!.fr[0].hook).toBe('Un tribunal peut-il juger un chef ?');
		const long = loadSteps(files(both('01-a', prose(60)))).get('01-x')!.fr[0].hook;
		expect(long.length).toBeLessThanOrEqual(160);
		expect(long.endsWith('…')).toBe(true);
	});

	it('refuse a step missing in one language', () => {
		expect(() => loadSteps(files({ '01-first/fr.md': step('A.') }))).toThrow('lessons/01-x/steps/01-first: en.md is missing');
	});

	it('refuse an id that is another page of a module, and a folder without a number', () => {
		expect(() => loadSteps(files(both('03-quiz', 'A.')))).toThrow(/"quiz" is the name of another page/);
		expect(() => loadSteps(files(both('first', 'A.')))).toThrow(/a step folder is named <number>-<id>/);
	});

	it(`refuse a step of more than ${MAX_WORDS_WITHOUT_CHECK} words without a check, and accept it with one`, () => {
		const long = prose(MAX_WORDS_WITHOUT_CHECK + 1);
		expect(() => loadSteps(files(both('01-long', long, 'title: T\nobjectives: [first]')))).toThrow(/401 words on the essentials path and no check/);
		expect(() => loadSteps(files(both('01-long', prose(MAX_WORDS_WITHOUT_CHECK), 'title: T\nobjectives: [first]')))).not.toThrow();
		expect(() => loadSteps(files(both('01-long', long)))).not.toThrow();
		// the same words behind a Go deeper panel do not count
		expect(() => loadSteps(files(both('01-long', `Court.\n\n<Deeper title="Plus">\n\n${long}\n\n</Deeper>`, 'title: T\nobjectives: [first]')))).not.toThrow();
	});

	it('refuse checks or objectives that differ between the languages', () => {
		expect(() =>
			loadSteps(files({ '01-a/fr.md': step('A.'), '01-a/en.md': step('A.', 'title: T\nobjectives: [first]\nchecks: [x-check-2]') }))
		).toThrow(/must be the same in fr.md and en.md/);
	});

	it('refuse a check used by two steps', () => {
		const front = 'title: T\nobjectives: [first]\nchecks: [x-check-1]';
		expect(() => loadSteps(files({ ...both('01-a', 'A.', front), ...both('02-b', 'B.', front) }))).toThrow(/checks: "x-check-1" is also step "a"'s/);
		expect(() => loadSteps(files({ ...both('01-a', 'A.', front), ...both('02-b', 'B.') }))).not.toThrow();
	});

	it('refuse a glossary term marked twice in one step, and an unknown glossary term', () => {
		expect(() => loadSteps(files(both('01-a', '<Term id="j-icc">CPI</Term> et <Term id="j-icc">CPI</Term>')))).toThrow(/marked twice/);
		const steps = loadSteps(files(both('01-a', 'La <Term id="j-nowhere">Cour</Term>.'))).get('01-x')!;
		expect(() => checkTerms(steps.fr, new Set(['j-icc']))).toThrow('lessons/01-x/steps/01-a/fr.md: <Term id="j-nowhere">: no glossary entry has this id');
		expect(() => checkTerms(steps.fr, new Set(['j-nowhere']))).not.toThrow();
	});

	it('refuse a panel titled "Go deeper" again: the panel says it itself', () => {
		const panel = (title: string) => both('01-a', `Texte.\n\n<Deeper title="${title}">\n\nDétail.\n\n</Deeper>`);
		expect(() => loadSteps(files(panel('Pour aller plus loin : la base juridique')))).toThrow(/the panel already says/);
		expect(() => loadSteps(files(panel('Go deeper: the legal basis')))).toThrow(/the panel already says/);
		expect(() => loadSteps(files(panel('La base juridique, mot à mot')))).not.toThrow();
	});
});

describe('a module in steps', () => {
	const front = `---\ntitle: Titre\nsummary: Résumé.\nasOf: "2026-12-06"\nobjectives:\n  - id: first\n    text: Objectif.\n    step: first\nsources: [trt-2025-07-cyberattaque-cpi]\n---\n`;
	const stepsOf = (words: number) => loadSteps(files({ '01-first/fr.md': step(prose(words)), '01-first/en.md': step(prose(words)) })).get('01-x')!.fr;

	it('takes its reading time from its steps', () => {
		expect(parseLesson(front, 'lessons/01-x/fr.md', stepsOf(300)).meta.readingTime).toBe(2);
	});

	it(`fails over ${MAX_ESSENTIALS_MINUTES} minutes on the essentials path`, () => {
		const stepText = (i: number) => step(prose(380), `title: T\nobjectives: [first]\nchecks: [x-check-${i}]`);
		const many = loadSteps(
			files(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`0${i + 1}-s${i}/fr.md`, stepText(i)]).flatMap(([k, v]) => [[k, v], [k.replace('fr.md', 'en.md'), v]])))
		).get('01-x')!.fr;
		const lesson = front.replace('step: first', 'step: s0');
		expect(() => parseLesson(lesson, 'lessons/01-x/fr.md', many)).toThrow(/2280 words, 16 minutes .* \(at most 15\)/);
		expect(() => parseLesson(lesson, 'lessons/01-x/fr.md', many.slice(0, 5))).not.toThrow();
	});

	it('needs each objective to name one of its steps', () => {
		expect(() => parseLesson(front.replace('step: first', 'step: nowhere'), 'lessons/01-x/fr.md', stepsOf(10))).toThrow(/"first" must name the step that teaches it/);
		// `section:` (an <h2 id> of a lesson in one piece) is no longer a field
		expect(() => parseLesson(front.replace('step: first', 'section: first'), 'lessons/01-x/fr.md', stepsOf(10))).toThrow(/objectives\[0\]\.section: unknown field/);
	});

	it('refuses a step teaching an objective the module does not have', () => {
		const steps = loadSteps(files({ '01-first/fr.md': step('A.', 'title: T\nobjectives: [other]'), '01-first/en.md': step('A.', 'title: T\nobjectives: [other]') })).get('01-x')!.fr;
		expect(() => parseLesson(front, 'lessons/01-x/fr.md', steps)).toThrow(/objectives: "other" is not an objective/);
	});
});
