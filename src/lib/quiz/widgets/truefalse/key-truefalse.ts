import type { Locale, TrueFalseKey } from '../../types';
import { keyBaseIn, textIn } from '../text-in';

/** The key of a true/false question, what it says to each choice in `lang`. */
export function truefalseKeyIn(key: TrueFalseKey, lang: Locale): TrueFalseKey {
	return {
		...keyBaseIn(key, lang),
		type: 'truefalse',
		answer: key.answer,
		feedback: { true: textIn(key.feedback.true, lang), false: textIn(key.feedback.false, lang) }
	};
}
