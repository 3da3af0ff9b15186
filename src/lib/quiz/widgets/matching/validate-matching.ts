import { invalid } from '../../result';
import type { Invalid, MatchingInput, MatchingView } from '../../types';

/** Complete when every item has one of the shown targets. count = items left unmatched. */
export function validateMatching(input: MatchingInput, view: MatchingView): Invalid | null {
	const targets = new Set(view.targets.map((target) => target.id));
	const unmatched = view.items.filter((item) => {
		const target = Object.hasOwn(input, item.id) ? input[item.id] : null;
		return target === null || target === undefined || !targets.has(target);
	}).length;
	return unmatched === 0 ? null : invalid('unmatched', unmatched);
}
