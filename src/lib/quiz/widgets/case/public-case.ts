import type { CaseView, Locale } from '../../types';
import { choiceIn, textIn, viewBaseIn } from '../text-in';

/** What a page in `lang` shows of a case: the facts, then each decision's question and options. */
export function casePublicView(view: CaseView, lang: Locale): CaseView {
	return {
		...viewBaseIn(view, lang),
		type: 'case',
		decisions: view.decisions.map((decision) => ({
			id: decision.id,
			prompt: textIn(decision.prompt, lang),
			options: decision.options.map((option) => choiceIn(option, lang))
		}))
	};
}
