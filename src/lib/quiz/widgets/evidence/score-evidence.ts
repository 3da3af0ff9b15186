// Evidence (a passage split into sentences; select those that support, contradict or say nothing
// about a claim), graded against the key sentences (the stored verbatim quotations) as multiple
// choice is, with n = number of key sentences: each key sentence selected +1/n, each other
// sentence selected −1/n; clamped to [0, 1]. The overlap with the key earns, what is selected
// beyond it costs, so selecting the whole passage never earns the marks (a key never holds every
// sentence: quiz-schema.ts) and the score is 1 only for the exact set, in any order.
// parts: every sentence selected or to select → true when its state (selected or not) is right.
// feedback: the selected sentences (every sentence has feedback), in the order selected. A key
// sentence missed gets none here: its feedback would give the answer away before a retry; it is
// shown with the answer (revealed, or at the end), when the key is the input.
import type { EvidenceInput, EvidenceKey, Graded } from '../../types';
import { scoreMultiple } from '../multiple/score-multiple';

/** Multiple choice's rule over the sentences (the same shapes: chosen ids, key ids with feedback). */
export function scoreEvidence(input: EvidenceInput, key: EvidenceKey): Graded {
	return scoreMultiple(input, { ...key, type: 'multiple' });
}
