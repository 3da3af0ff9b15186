import type { Locale, OrderingView } from '../../types';
import { choiceIn, viewBaseIn } from '../text-in';

/**
 * What a page in `lang` shows of an ordering question. The items stay in their authored order,
 * which is the answer: a page shows them in the attempt's order (createAttempt), never this one.
 */
export function orderingPublicView(view: OrderingView, lang: Locale): OrderingView {
	return { ...viewBaseIn(view, lang), type: 'ordering', items: view.items.map((item) => choiceIn(item, lang)) };
}
