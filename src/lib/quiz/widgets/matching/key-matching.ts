import type { Locale, MatchingKey } from '../../types';
import { keyBaseIn } from '../text-in';

/** The key of a matching question in `lang`: the target of each item. */
export function matchingKeyIn(key: MatchingKey, lang: Locale): MatchingKey {
	return { ...keyBaseIn(key, lang), type: 'matching', answer: { ...key.answer } };
}
