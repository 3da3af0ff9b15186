import type { Locale, SingleView } from '../../types';
import { choiceIn, viewBaseIn } from '../text-in';

/** What a page in `lang` shows of a single-choice question: the options, no answer. */
export function singlePublicView(view: SingleView, lang: Locale): SingleView {
	return { ...viewBaseIn(view, lang), type: 'single', options: view.options.map((option) => choiceIn(option, lang)) };
}
