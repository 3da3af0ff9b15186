import type { EvidenceKey, Locale } from '../../types';
import { feedbackIn, keyBaseIn } from '../text-in';

/** The key of an evidence question: the key sentences, and each sentence's feedback in `lang`. */
export function evidenceKeyIn(key: EvidenceKey, lang: Locale): EvidenceKey {
	return { ...keyBaseIn(key, lang), type: 'evidence', answer: [...key.answer], feedback: feedbackIn(key.feedback, lang) };
}
