// Short text: 1 if the text matches one accepted answer of EITHER language (a French learner may
// write "Rome Statute"), compared with normalizeText (case, accents, apostrophes, punctuation and
// spacing ignored); else 0. parts: { answer }. feedback: none.
import { normalizeText } from '../../normalize-text';
import { graded } from '../../result';
import type { Graded, ShortInput, ShortKey } from '../../types';

export function scoreShort(input: ShortInput, key: ShortKey): Graded {
	const typed = normalizeText(input);
	// an answer made only of punctuation normalises to '' and must not match anything
	const correct =
		typed !== '' &&
		[...key.accepted.fr, ...key.accepted.en].some((accepted) => normalizeText(accepted) === typed);
	return graded(correct ? 1 : 0, { answer: correct });
}
