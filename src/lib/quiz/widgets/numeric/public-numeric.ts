import type { Locale, NumericView } from '../../types';
import { textIn, viewBaseIn } from '../text-in';

/** What a page in `lang` shows of a numeric question: the prompt and its unit. */
export function numericPublicView(view: NumericView, lang: Locale): NumericView {
	return { ...viewBaseIn(view, lang), type: 'numeric', ...(view.unit && { unit: textIn(view.unit, lang) }) };
}
