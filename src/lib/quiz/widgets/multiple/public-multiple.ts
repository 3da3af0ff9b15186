import type { Locale, MultipleView } from '../../types';
import { choiceIn, viewBaseIn } from '../text-in';

/** What a page in `lang` shows of a multiple-choice question: the options, no answer. */
export function multiplePublicView(view: MultipleView, lang: Locale): MultipleView {
	return { ...viewBaseIn(view, lang), type: 'multiple', options: view.options.map((option) => choiceIn(option, lang)) };
}
