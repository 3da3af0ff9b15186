// What each picture of a lesson draws, safe to import in the browser (no content is pulled in):
// the names a step may give `<Diagram name=…>`, and for each the boxes and the short words its
// component places. The words themselves are content: lessons/<module>/diagrams.yaml, read and
// checked against this list by diagrams.ts, so a missing or misspelt box fails the build.

export const diagramShapes = {
	/** module 1: who can bring a situation (art. 13) and the Security Council's deferral (art. 16) */
	routes: { boxes: ['state', 'council', 'prosecutor', 'court', 'pause'], words: [] },
	/** module 1: the preconditions as a flow (arts 5, 11, 12, 13) */
	preconditions: { boxes: ['crime', 'time', 'link', 'council', 'court'], words: [] },
	/** module 1: national courts first, inaction included (art. 17) */
	complementarity: { boxes: ['acting', 'genuine', 'admissible', 'inadmissible', 'always'], words: ['yes', 'no', 'no-inaction'] },
	/** module 2: the four questions for any cyber operation */
	'cyber-questions': { boxes: ['crime', 'link', 'who', 'admissible'], words: [] },
	/** module 2: one operation across three States, and the territorial link */
	borders: { boxes: ['operator', 'servers', 'victims', 'approach', 'untested'], words: ['party', 'non-party', 'path-1', 'path-2'] }
} as const satisfies Record<string, { boxes: readonly string[]; words: readonly string[] }>;

export type DiagramName = keyof typeof diagramShapes;

/** A box's words in one language: a bold head, an optional plain detail, an optional note (the articles). */
export type DiagramBoxText = {
	head: string;
	detail?: string;
	articles?: string;
	/** borders: whether this State is a Party to the Statute */
	party?: boolean;
};

/** One picture's words in one language, as its component receives them. */
export type DiagramText<N extends DiagramName = DiagramName> = {
	title: string;
	/** the text equivalent of the picture (the SVG's <desc>), read by screen readers */
	desc: string;
	/** shown under the picture */
	caption: string;
	boxes: Record<(typeof diagramShapes)[N]['boxes'][number], DiagramBoxText>;
	words: Record<(typeof diagramShapes)[N]['words'][number], string>;
};
