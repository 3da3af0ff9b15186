// Layout helpers shared by the diagrams. SVG text does not wrap by itself and the pages are
// server-rendered without script, so the lines are cut here, from an estimate of each character's
// width. The estimate follows DejaVu Sans (the fallback of system-ui on Linux, among the widest
// sans-serif fonts a reader may have): with Segoe UI, Roboto or San Francisco the text comes out
// narrower than estimated, never wider, so it stays inside its box.

/** Width of a character in em, by class (DejaVu Sans advances, rounded up). */
function charWidth(char: string): number {
	if (char === ' ') return 0.32;
	if ('iljI.,:;’\'!|'.includes(char)) return 0.3;
	if ('ftr()[]-'.includes(char)) return 0.42;
	if ('mwMW—'.includes(char)) return 1;
	if (/[0-9]/.test(char)) return 0.64;
	if (/[A-ZÀ-ÖØ-Þ]/.test(char)) return 0.77;
	return 0.64;
}

/** Estimated width in px of `text` set at `size` px (bold adds about 8 %). */
export function textWidth(text: string, size: number, bold = false): number {
	let em = 0;
	for (const char of text) em += charWidth(char);
	return em * size * (bold ? 1.08 : 1);
}

/**
 * Cuts `text` into lines no wider than `width` px (a word longer than a line is left whole). Lines
 * break only at ordinary spaces: a no-break space (French « Quel crime ? », U+202F) holds.
 */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && textWidth(candidate, size, bold) > width) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Font sizes in SVG units: the diagrams are drawn at a width of `WIDTH` units and shown no
 * wider than about 27rem, so one unit is at least one CSS px on a 390 px phone (14 units ≥ 14 px). */
export const WIDTH = 340;
export const FONT = 14;
export const SMALL = 14;
export const LINE = 19;
const PAD = 9;

export type Paragraph = { text: string; kind?: 'strong' | 'plain' | 'note' };
export type TextLine = { text: string; kind: 'strong' | 'plain' | 'note'; y: number };
/** A box: its rectangle and its lines, placed (y of each line is its baseline). */
export type Box = { x: number; y: number; w: number; h: number; lines: TextLine[] };

/** Places a box of width `w` at (x, y), its paragraphs wrapped inside. */
export function box(x: number, y: number, w: number, paragraphs: Paragraph[]): Box {
	const lines: TextLine[] = [];
	let baseline = y + PAD + FONT * 0.95;
	paragraphs.forEach((paragraph, index) => {
		const kind = paragraph.kind ?? 'plain';
		const size = kind === 'note' ? SMALL : FONT;
		if (index > 0) baseline += 4;
		for (const text of wrap(paragraph.text, w - 2 * PAD, size, kind === 'strong')) {
			lines.push({ text, kind, y: baseline });
			baseline += LINE;
		}
	});
	const h = baseline - LINE - y + PAD + FONT * 0.35;
	return { x, y, w, h, lines };
}

/** Lines of free text (a label beside an arrow), left-aligned at x, first baseline at y. */
export function label(x: number, y: number, w: number, text: string): { lines: TextLine[]; bottom: number } {
	const lines = wrap(text, w, SMALL).map((line, index) => ({ text: line, kind: 'note' as const, y: y + index * LINE }));
	return { lines, bottom: y + (lines.length - 1) * LINE + FONT * 0.35 };
}

/** A box's words as paragraphs: its head in bold, then its detail, then its articles as a note. */
export function paragraphs(words: { head: string; detail?: string; articles?: string }, detailKind: 'plain' | 'note' = 'plain'): Paragraph[] {
	return [
		{ text: words.head, kind: 'strong' },
		...(words.detail ? [{ text: words.detail, kind: detailKind }] : []),
		...(words.articles ? [{ text: words.articles, kind: 'note' as const }] : [])
	];
}
