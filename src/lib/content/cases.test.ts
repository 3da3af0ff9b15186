import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCases } from './cases';
import { contentFiles } from './files';
import { bankOf, casesOf, quizOf } from './quizzes';

const FILE = 'lessons/01-jurisdiction/cases.yaml';
const context = { taken: new Set(['j-un-status']), objectives: ['preconditions', 'triggers', 'complementarity'] };

/** Module 1's cases.yaml as on disk, its first case changed by `edit`. */
function firstCase(edit: (question: Record<string, unknown>) => void) {
	const data = parse(contentFiles[FILE]) as { module: string; questions: Record<string, unknown>[] };
	data.questions = [structuredClone(data.questions[0])];
	data.questions[0].objectives = ['preconditions'];
	edit(data.questions[0]);
	return data;
}

describe('cases.yaml', () => {
	it('reads the site’s cases as case questions, after the quiz in the module’s bank', () => {
		const cases = casesOf('01-jurisdiction');
		expect(cases.length).toBeGreaterThan(0);
		expect(new Set(cases.map((q) => q.type))).toEqual(new Set(['case']));
		const bank = bankOf('01-jurisdiction')!;
		expect(bank.questions.map((q) => q.view.id)).toEqual([...quizOf('01-jurisdiction')!.questions, ...cases].map((q) => q.view.id));
		// the module's quiz itself has none of them
		const caseIds = new Set(cases.map((q) => q.view.id));
		expect(quizOf('01-jurisdiction')!.questions.filter((q) => caseIds.has(q.view.id))).toEqual([]);
	});

	it('accepts a valid case', () => {
		expect(parseCases(firstCase(() => {}), FILE, context)).toHaveLength(1);
	});

	it('refuses a question that is not a case', () => {
		const raw = firstCase((q) => {
			q.type = 'single';
		});
		expect(() => parseCases(raw, FILE, context)).toThrow(/cases\.yaml/);
	});

	it('refuses an id that does not say it is a case, or that the quiz already has', () => {
		expect(() => parseCases(firstCase((q) => (q.id = 'j-minor')), FILE, context)).toThrow(/id: a case id reads <prefix>-case-<words>/);
		const taken = { ...context, taken: new Set([String(firstCase(() => {}).questions[0].id)]) };
		expect(() => parseCases(firstCase(() => {}), FILE, taken)).toThrow(/is already a question id in lessons\/01-jurisdiction\/quiz\.yaml/);
	});

	it('refuses an objective the lesson does not have, and a file in the wrong folder', () => {
		expect(() => parseCases(firstCase((q) => (q.objectives = ['made-up'])), FILE, context)).toThrow(/objectives\[0\]: "made-up" is not an objective/);
		expect(() => parseCases(firstCase(() => {}), 'lessons/02-cyber/cases.yaml', context)).toThrow(/differs from the folder "02-cyber"/);
	});

	it('refuses a quote that is not in its source', () => {
		const raw = firstCase((q) => {
			const decisions = q.decisions as { citation: { quote: string } }[];
			decisions[0].citation.quote = 'A sentence no source contains.';
		});
		expect(() => parseCases(raw, FILE, context)).toThrow(/cases\.yaml/);
	});
});
