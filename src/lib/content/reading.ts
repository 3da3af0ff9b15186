// Honest reading time: the words a learner actually sees on a lesson's essentials path, counted
// from the Markdown source at build time (issue 20). Counted: the prose outside <Deeper> panels and
// the quotation (with its translation) of each citation shown open (<Cite open … />). Not counted:
// closed panels, compact citation markers, tags, pictures, the checks. 150 words a minute, the
// reading speed of a 15-year-old reading to learn.

export const WORDS_PER_MINUTE = 150;

/** Attributes of a tag's source text, `open`-style flags included (value ''). */
export function tagAttributes(attributes: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const match of attributes.matchAll(/([a-zA-Z]+)(?:\s*=\s*"([^"]*)")?/g)) {
		out[match[1]] = match[2] ?? '';
	}
	return out;
}

function words(text: string): number {
	return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** The words of a lesson body shown on its essentials path. */
export function essentialWords(body: string): number {
	let text = body
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<Deeper\b[\s\S]*?<\/Deeper>/g, ' ');
	let quoted = 0;
	text = text.replace(/<Cite\b([^>]*?)\/?>/g, (_, attributes: string) => {
		// `open` outside the quoted values: the quote box is shown, its words are read
		const flags = attributes.replace(/"[^"]*"/g, '""');
		if (/\sopen(?=[\s/>]|$)/.test(` ${flags}`)) {
			const { quote = '', translation = '' } = tagAttributes(attributes);
			quoted += words(quote) + words(translation);
		}
		return ' ';
	});
	text = text.replace(/<[^>]*>/g, ' ');
	return words(text) + quoted;
}

/** Minutes to read `count` words, rounded up. */
export function readingMinutes(count: number): number {
	return Math.max(1, Math.ceil(count / WORDS_PER_MINUTE));
}
