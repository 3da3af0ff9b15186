// Short answers are compared after this normalisation, so that a learner is not marked wrong for
// case, accents, apostrophes, punctuation or spacing: "Statut  de Rome !", "statut de rome" and
// "Statut de Rome" are the same answer, and so are "l'Assemblée" and "l’assemblee".

// Every apostrophe-like mark a keyboard or a word processor produces.
const APOSTROPHES = /\s*['’‘ʼ`´′]\s*/gu;
// Combining marks left by NFD decomposition: the accents of "é", "è", "ç"…
const COMBINING_MARKS = /\p{M}/gu;
// Punctuation and symbols are word separators, not content.
const PUNCTUATION = /[\p{P}\p{S}]/gu;
const SPACES = /\s+/gu;

export function normalizeText(text: string): string {
	return (
		text
			.normalize('NFD')
			.replace(COMBINING_MARKS, '')
			.toLowerCase()
			// ligatures do not decompose under NFD; French writes "œuvre" or "oeuvre"
			.replace(/œ/g, 'oe')
			.replace(/æ/g, 'ae')
			// an apostrophe joins ("l'assemblée" = "l’ assemblée" = "lassemblee"); spaces around it vary
			.replace(APOSTROPHES, '')
			.replace(PUNCTUATION, ' ')
			.replace(SPACES, ' ')
			.trim()
	);
}
