import type { Locale, ShortKey } from '../../types';
import { keyBaseIn } from '../text-in';

/** The key of a short-answer question: the accepted answers of BOTH languages, which the grader accepts on every page. */
export function shortKeyIn(key: ShortKey, lang: Locale): ShortKey {
	return { ...keyBaseIn(key, lang), type: 'short', accepted: { fr: [...key.accepted.fr], en: [...key.accepted.en] } };
}
