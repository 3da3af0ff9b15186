import type { Locale, TrueFalseView } from '../../types';
import { viewBaseIn } from '../text-in';

/** What a page in `lang` shows of a true/false question: the statement. */
export function truefalsePublicView(view: TrueFalseView, lang: Locale): TrueFalseView {
	return { ...viewBaseIn(view, lang), type: 'truefalse' };
}
