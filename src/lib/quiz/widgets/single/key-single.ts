import type { Locale, SingleKey } from '../../types';
import { feedbackIn, keyBaseIn } from '../text-in';

/** The key of a single-choice question, its feedback in `lang`. */
export function singleKeyIn(key: SingleKey, lang: Locale): SingleKey {
	return { ...keyBaseIn(key, lang), type: 'single', answer: key.answer, feedback: feedbackIn(key.feedback, lang) };
}
