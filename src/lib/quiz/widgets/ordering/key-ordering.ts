import type { Locale, OrderingKey } from '../../types';
import { keyBaseIn } from '../text-in';

/** The key of an ordering question in `lang`: the item ids in the right order. */
export function orderingKeyIn(key: OrderingKey, lang: Locale): OrderingKey {
	return { ...keyBaseIn(key, lang), type: 'ordering', order: [...key.order] };
}
