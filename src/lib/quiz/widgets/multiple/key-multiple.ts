import type { Locale, MultipleKey } from '../../types';
import { feedbackIn, keyBaseIn } from '../text-in';

/** The key of a multiple-choice question, its feedback in `lang`. */
export function multipleKeyIn(key: MultipleKey, lang: Locale): MultipleKey {
	return { ...keyBaseIn(key, lang), type: 'multiple', answer: key.answer, feedback: feedbackIn(key.feedback, lang) };
}
