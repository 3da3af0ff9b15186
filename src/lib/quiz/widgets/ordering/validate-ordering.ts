import { invalid } from '../../result';
import type { Invalid, OrderingInput, OrderingView } from '../../types';

/** Complete when every shown item is placed once. count = items missing from the order. */
export function validateOrdering(input: OrderingInput, view: OrderingView): Invalid | null {
	const placed = new Set(input);
	const missing = view.items.filter((item) => !placed.has(item.id)).length;
	return missing === 0 ? null : invalid('incomplete-order', missing);
}
