import { invalid } from '../../result';
import type { ClozeInput, ClozeView, Invalid } from '../../types';

/** Complete when every blank holds one of its own options. count = blanks left empty. */
export function validateCloze(input: ClozeInput, view: ClozeView): Invalid | null {
	const empty = view.blanks.filter((blank) => {
		const chosen = Object.hasOwn(input, blank.id) ? input[blank.id] : null;
		return !blank.options.some((option) => option.id === chosen);
	}).length;
	return empty === 0 ? null : invalid('blank-empty', empty);
}
