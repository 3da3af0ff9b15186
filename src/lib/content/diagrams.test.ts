import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkDiagramUses, diagramIn, diagramsIn, diagramsOf, diagramShapes, parseDiagrams } from './diagrams';
import { contentFile } from './files';
import type { Step } from './steps';

const FILE = 'lessons/01-x/diagrams.yaml';
// The real files, as the starting point of each broken copy below.
const real = {
	...(parse(contentFile('lessons/01-jurisdiction/diagrams.yaml')!) as Record<string, unknown>),
	...(parse(contentFile('lessons/02-cyber/diagrams.yaml')!) as Record<string, unknown>)
};
/** The real pictures as YAML, after `change` has broken a copy of them. */
function broken(change: (data: any) => void): string {
	const data = structuredClone(real);
	change(data);
	return stringify(data);
}
const problemsOf = (text: string): string => {
	try {
		parseDiagrams(text, FILE);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected the file to be refused');
};

describe('diagrams.yaml', () => {
	it('gives every picture its words in both languages, in the modules whose steps show them', () => {
		expect(diagramsOf('01-jurisdiction').map((d) => d.name)).toEqual(['routes', 'preconditions', 'complementarity']);
		expect(diagramsOf('02-cyber').map((d) => d.name)).toEqual(['cyber-questions', 'borders']);
		for (const name of Object.keys(diagramShapes)) {
			expect([...diagramsOf('01-jurisdiction'), ...diagramsOf('02-cyber')].some((d) => d.name === name), name).toBe(true);
		}
	});

	it('hands a component one language only', () => {
		const [routes] = diagramsOf('01-jurisdiction');
		const en = diagramIn(routes, 'en');
		const fr = diagramIn(routes, 'fr');
		expect(en.boxes.court.head).toBe(routes.boxes.court.head.en);
		expect(fr.boxes.court.head).toBe(routes.boxes.court.head.fr);
		expect(en.title).not.toBe(fr.title);
		expect(Object.keys(diagramsIn('02-cyber', 'fr'))).toEqual(['cyber-questions', 'borders']);
		expect(diagramsIn('02-cyber', 'en').borders.boxes.victims).toEqual({
			head: 'State C: the victims',
			detail: 'the people harmed are here',
			party: true
		});
	});

	it('keeps the citations of the boxes that state a rule, and none for a box that states none', () => {
		const borders = diagramsOf('02-cyber').find((d) => d.name === 'borders')!;
		expect(new Set(borders.citations.map((c) => c.box))).toEqual(new Set(['approach']));
		const questions = diagramsOf('02-cyber').find((d) => d.name === 'cyber-questions')!;
		expect(new Set(questions.citations.map((c) => c.box))).toEqual(new Set(['crime', 'link', 'who', 'admissible']));
	});

	it('accepts the real files', () => {
		expect(parseDiagrams(stringify(real), FILE)).toHaveLength(5);
	});

	it('refuses a label missing in one language, naming the file and the field', () => {
		const text = broken((d) => delete d.routes.boxes.court.head.en);
		expect(problemsOf(text)).toBe(`${FILE}: routes.boxes.court.head.en: missing`);
		expect(problemsOf(broken((d) => (d.preconditions.boxes.time.detail.fr = '  ')))).toBe(`${FILE}: preconditions.boxes.time.detail.fr: French text is empty`);
		expect(problemsOf(broken((d) => delete d.borders.desc))).toBe(`${FILE}: borders.desc: missing`);
	});

	it('refuses a box the picture needs but the file lacks, and a box the picture does not draw', () => {
		expect(problemsOf(broken((d) => delete d.routes.boxes.pause))).toContain(`${FILE}: routes.boxes.pause: missing (routes draws the boxes state, council, prosecutor, court, pause)`);
		const misspelt = problemsOf(
			broken((d) => {
				d.routes.boxes.courts = d.routes.boxes.court;
				delete d.routes.boxes.court;
			})
		);
		expect(misspelt).toContain(`${FILE}: routes.boxes.court: missing`);
		expect(misspelt).toContain(`${FILE}: routes.boxes.courts: routes draws no such box`);
	});

	it('refuses a missing word and an unknown picture', () => {
		expect(problemsOf(broken((d) => delete d.complementarity.words['no-inaction']))).toContain(`${FILE}: complementarity.words.no-inaction: missing`);
		expect(problemsOf(broken((d) => (d.map = d.routes)))).toContain(`${FILE}: map: no such picture`);
	});

	it('refuses a box that states a rule without citing it, or says both', () => {
		expect(problemsOf(broken((d) => delete d.routes.boxes.state.citation))).toBe(
			`${FILE}: routes.boxes.state.citation: a box that states a rule cites it (citation: { source, quote }); one that states none says noRule: true (not both)`
		);
		expect(problemsOf(broken((d) => (d.borders.boxes.approach.noRule = true)))).toContain(`${FILE}: borders.boxes.approach.citation: a box that states a rule cites it`);
		expect(problemsOf(broken((d) => (d.routes.boxes.state.citation = { source: 'rome-statute-en' })))).toContain(`${FILE}: routes.boxes.state.citation`);
	});

	it('refuses an unknown field and a State not said to be a Party or not', () => {
		expect(problemsOf(broken((d) => (d.routes.boxes.state.label = { fr: 'x', en: 'x' })))).toContain(`${FILE}: routes.boxes.state.label: unknown field`);
		expect(problemsOf(broken((d) => delete d.borders.boxes.operator.party))).toContain(`${FILE}: borders.boxes.operator.party: missing`);
		expect(problemsOf(broken((d) => (d.borders.boxes.approach.party = true)))).toContain(`${FILE}: borders.boxes.approach.party: only the States`);
	});
});

describe('<Diagram> in a step', () => {
	const step = (body: string) => ({ file: 'lessons/02-cyber/steps/08-across-borders/en.md', body }) as Step;

	it('must name a picture of its own module', () => {
		expect(() => checkDiagramUses([step('<Diagram name="borders" />')], '02-cyber')).not.toThrow();
		expect(() => checkDiagramUses([step('<Diagram name="routes" />')], '02-cyber')).toThrow(
			'lessons/02-cyber/steps/08-across-borders/en.md: <Diagram name="routes">: lessons/02-cyber/diagrams.yaml has no picture "routes" (it has cyber-questions, borders)'
		);
		expect(() => checkDiagramUses([step('<Diagram />')], '02-cyber')).toThrow('<Diagram> needs name="…"');
	});

	it('may show its own module’s timeline, only at dates it has', () => {
		expect(() => checkDiagramUses([step('<Diagram name="timeline" dates="2024-01-22" />')], '02-cyber', [], ['2024-01-22'])).not.toThrow();
		expect(() => checkDiagramUses([step('<Diagram name="timeline" dates="2024-01-22 1999-01-01" />')], '02-cyber', [], ['2024-01-22'])).toThrow(
			'<Diagram name="timeline" dates>: 1999-01-01 is not a date of lessons/02-cyber/timeline.yaml'
		);
		expect(() => checkDiagramUses([step('<Diagram name="timeline" />')], '05-empty', [], [])).toThrow('lessons/05-empty/timeline.yaml has no entries');
	});
});
