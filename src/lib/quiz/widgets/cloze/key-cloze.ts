import type { ClozeKey, Locale } from '../../types';
import { keyBaseIn } from '../text-in';

/** The key of a cloze question in `lang`: the right option of each blank. */
export function clozeKeyIn(key: ClozeKey, lang: Locale): ClozeKey {
	return { ...keyBaseIn(key, lang), type: 'cloze', answer: { ...key.answer } };
}
