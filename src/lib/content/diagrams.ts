// The words of the lessons' pictures: lessons/<NN-slug>/diagrams.yaml (lessons/README.md,
// "diagrams.yaml"). One entry per picture the module's steps show, named as in `<Diagram name=…>`;
// each box's words in both languages and, when the box states a rule, the citation that backs it
// (checked verbatim like every quote: tests/unit/citations.test.ts). Checked against what each
// picture draws (diagram-types.ts): a missing, misspelt or unknown box or word fails the build,
// naming the file and the field.
import * as v from 'valibot';
import type { Locale } from '$lib/i18n';
import type { Citation } from './citation-types';
import { diagramShapes, type DiagramBoxText, type DiagramName, type DiagramText } from './diagram-types';
import { contentFile, moduleFolders } from './files';
import { timelineOf } from './glossary';
import type { Step } from './steps';
import { citationSchema, fail, localizedSchema, parseOrThrow, readYaml } from './validate';

export { diagramShapes, type DiagramName, type DiagramText };

const idSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by -'));

const boxSchema = v.pipe(
	v.strictObject({
		head: localizedSchema,
		detail: v.optional(localizedSchema),
		articles: v.optional(localizedSchema),
		party: v.optional(v.boolean('must be true or false')),
		/** the quote that backs the rule the box states (one, or a list when it states several) */
		citation: v.optional(v.union([citationSchema, v.pipe(v.array(citationSchema), v.minLength(1, 'needs at least one citation'))], 'must be a citation { source, quote } or a list of them')),
		/** the box states no rule of law (a scenario, an open question): it needs no citation */
		noRule: v.optional(v.literal(true, 'noRule is true or left out'))
	}),
	v.forward(
		v.check(
			(box) => (box.citation === undefined) !== (box.noRule === undefined),
			'a box that states a rule cites it (citation: { source, quote }); one that states none says noRule: true (not both)'
		),
		['citation']
	)
);

const diagramSchema = v.strictObject({
	title: localizedSchema,
	desc: localizedSchema,
	caption: localizedSchema,
	boxes: v.record(idSchema, boxSchema),
	words: v.optional(v.record(idSchema, localizedSchema))
});

const fileSchema = v.record(v.string(), diagramSchema);

type RawDiagram = v.InferOutput<typeof diagramSchema>;
type RawBox = RawDiagram['boxes'][string];

/** One picture as authored: both languages, with the citations of its boxes. */
export type DiagramContent = RawDiagram & { name: DiagramName; citations: { box: string; citation: Citation }[] };

const citationsOf = (box: RawBox): Citation[] => (box.citation === undefined ? [] : Array.isArray(box.citation) ? box.citation : [box.citation]);

/** The boxes of `borders` that are States, drawn as Party or not. */
const STATES: Partial<Record<DiagramName, readonly string[]>> = { borders: ['operator', 'servers', 'victims'] };

/** One diagrams.yaml, checked against what each picture draws, or an Error naming the file and every field at fault. */
export function parseDiagrams(text: string, file: string): DiagramContent[] {
	const parsed = parseOrThrow(fileSchema, readYaml(text, file) ?? {}, file);
	const problems: string[] = [];
	const known = Object.keys(diagramShapes);
	const diagrams: DiagramContent[] = [];
	for (const [name, diagram] of Object.entries(parsed)) {
		if (!(name in diagramShapes)) {
			problems.push(`${name}: no such picture (the pictures are ${known.join(', ')}: src/lib/content/diagram-types.ts)`);
			continue;
		}
		const shape = diagramShapes[name as DiagramName];
		const boxes: readonly string[] = shape.boxes;
		const words: readonly string[] = shape.words;
		for (const id of boxes) if (!(id in diagram.boxes)) problems.push(`${name}.boxes.${id}: missing (${name} draws the boxes ${boxes.join(', ')})`);
		for (const id of Object.keys(diagram.boxes)) if (!boxes.includes(id)) problems.push(`${name}.boxes.${id}: ${name} draws no such box (its boxes are ${boxes.join(', ')})`);
		const given = diagram.words ?? {};
		for (const id of words) if (!(id in given)) problems.push(`${name}.words.${id}: missing (${name} writes the words ${words.join(', ')})`);
		for (const id of Object.keys(given)) if (!words.includes(id)) problems.push(`${name}.words.${id}: ${name} writes no such word${words.length ? ` (its words are ${words.join(', ')})` : ''}`);
		const states = STATES[name as DiagramName] ?? [];
		for (const [id, box] of Object.entries(diagram.boxes)) {
			if (states.includes(id) && box.party === undefined) problems.push(`${name}.boxes.${id}.party: missing (true if this State is a Party to the Statute, false if not)`);
			if (!states.includes(id) && box.party !== undefined) problems.push(`${name}.boxes.${id}.party: only the States of a picture (${states.join(', ') || 'none here'}) say whether they are a Party`);
		}
		diagrams.push({
			...diagram,
			name: name as DiagramName,
			citations: Object.entries(diagram.boxes).flatMap(([box, raw]) => citationsOf(raw).map((citation) => ({ box, citation })))
		});
	}
	if (problems.length) fail(file, problems);
	return diagrams;
}

// Each module's pictures, read and checked once, when this module loads.
const byModule = new Map(
	moduleFolders().map(({ slug }) => {
		const file = `lessons/${slug}/diagrams.yaml`;
		const text = contentFile(file);
		return [slug, text === undefined ? [] : parseDiagrams(text, file)];
	})
);

/** A module's pictures as authored, both languages (empty when it has no diagrams.yaml). */
export function diagramsOf(module: string): DiagramContent[] {
	return byModule.get(module) ?? [];
}

const boxIn = (box: RawBox, lang: Locale): DiagramBoxText => ({
	head: box.head[lang],
	...(box.detail ? { detail: box.detail[lang] } : {}),
	...(box.articles ? { articles: box.articles[lang] } : {}),
	...(box.party !== undefined ? { party: box.party } : {})
});

/** A picture's words in one language, as its component takes them. */
export function diagramIn(diagram: DiagramContent, lang: Locale): DiagramText {
	return {
		title: diagram.title[lang],
		desc: diagram.desc[lang],
		caption: diagram.caption[lang],
		boxes: Object.fromEntries(Object.entries(diagram.boxes).map(([id, box]) => [id, boxIn(box, lang)])),
		words: Object.fromEntries(Object.entries(diagram.words ?? {}).map(([id, word]) => [id, word[lang]]))
	} as DiagramText;
}

/** A module's pictures in one language, by name: what its step and print pages give `<Diagram>`. */
export function diagramsIn(module: string, lang: Locale): Record<string, DiagramText> {
	return Object.fromEntries(diagramsOf(module).map((diagram) => [diagram.name, diagramIn(diagram, lang)]));
}

/**
 * Every `<Diagram name=…>` of a module's steps names a picture of that module's diagrams.yaml (or
 * `timeline`, whose `dates` are dates of its timeline.yaml): a step shows its own module's words.
 */
export function checkDiagramUses(steps: Step[], module: string, pictures: readonly string[] = diagramsOf(module).map((d) => d.name), dates: readonly string[] = timelineOf(module).map((e) => e.date)): void {
	for (const step of steps) {
		for (const tag of step.body.matchAll(/<Diagram\b([^>]*?)\/?>/g)) {
			const name = /\bname="([^"]*)"/.exec(tag[1])?.[1];
			if (!name) throw new Error(`${step.file}: <Diagram> needs name="…": ${tag[0]}`);
			if (name === 'timeline') {
				if (!dates.length) throw new Error(`${step.file}: <Diagram name="timeline">: lessons/${module}/timeline.yaml has no entries`);
				const wanted = /\bdates="([^"]*)"/.exec(tag[1])?.[1]?.trim().split(/\s+/) ?? [];
				for (const date of wanted) {
					if (!dates.includes(date)) throw new Error(`${step.file}: <Diagram name="timeline" dates>: ${date} is not a date of lessons/${module}/timeline.yaml`);
				}
			} else if (!pictures.includes(name)) {
				throw new Error(`${step.file}: <Diagram name="${name}">: lessons/${module}/diagrams.yaml has no picture "${name}" (it has ${pictures.join(', ') || 'none'})`);
			}
		}
	}
}
