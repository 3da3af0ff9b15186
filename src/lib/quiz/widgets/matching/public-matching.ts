import type { Locale, MatchingView } from '../../types';
import { choiceIn, viewBaseIn } from '../text-in';

/** What a page in `lang` shows of a matching question: both columns, no pairs. */
export function matchingPublicView(view: MatchingView, lang: Locale): MatchingView {
	return {
		...viewBaseIn(view, lang),
		type: 'matching',
		items: view.items.map((item) => choiceIn(item, lang)),
		targets: view.targets.map((target) => choiceIn(target, lang))
	};
}
