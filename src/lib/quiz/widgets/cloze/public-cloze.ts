import type { ClozeView, Locale } from '../../types';
import { choiceIn, textIn, viewBaseIn } from '../text-in';

/** What a page in `lang` shows of a cloze question: the text with its blanks and their options. */
export function clozePublicView(view: ClozeView, lang: Locale): ClozeView {
	return {
		...viewBaseIn(view, lang),
		type: 'cloze',
		text: textIn(view.text, lang),
		blanks: view.blanks.map((blank) => ({ id: blank.id, options: blank.options.map((option) => choiceIn(option, lang)) }))
	};
}
