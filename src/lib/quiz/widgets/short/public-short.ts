import type { Locale, ShortView } from '../../types';
import { textIn, viewBaseIn } from '../text-in';

/** What a page in `lang` shows of a short-answer question: the prompt and its placeholder. */
export function shortPublicView(view: ShortView, lang: Locale): ShortView {
	return { ...viewBaseIn(view, lang), type: 'short', ...(view.placeholder && { placeholder: textIn(view.placeholder, lang) }) };
}
