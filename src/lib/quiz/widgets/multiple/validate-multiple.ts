import { invalid } from '../../result';
import type { Invalid, MultipleInput, MultipleView } from '../../types';

/** Complete when at least one shown option is chosen: every multiple question has a right option. */
export function validateMultiple(input: MultipleInput, view: MultipleView): Invalid | null {
	const shown = new Set(view.options.map((option) => option.id));
	return input.some((id) => shown.has(id)) ? null : invalid('no-choice');
}
