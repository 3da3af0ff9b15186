// A cloze text is prose with blanks written [[blankId]]. The page renders the segments in order;
// the schema checks that the markers of each language name exactly the blanks of the question.

export type ClozeSegment = { kind: 'text'; text: string } | { kind: 'blank'; id: string };

const MARKER = /\[\[([^[\]]*)\]\]/g;

export function splitClozeText(text: string): ClozeSegment[] {
	const segments: ClozeSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(MARKER)) {
		if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
		segments.push({ kind: 'blank', id: match[1].trim() });
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
	return segments;
}

/** The blank ids named by the markers, in order, repeats included. */
export function clozeMarkers(text: string): string[] {
	return splitClozeText(text).flatMap((segment) => (segment.kind === 'blank' ? [segment.id] : []));
}
