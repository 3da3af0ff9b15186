import type { Locale, NumericKey } from '../../types';
import { keyBaseIn } from '../text-in';

/** The key of a numeric question in `lang`: the number and how far from it an answer may be. */
export function numericKeyIn(key: NumericKey, lang: Locale): NumericKey {
	return { ...keyBaseIn(key, lang), type: 'numeric', answer: key.answer, bounds: { ...key.bounds } };
}
