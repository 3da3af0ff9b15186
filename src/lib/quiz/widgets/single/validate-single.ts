import { invalid } from '../../result';
import type { Invalid, SingleInput, SingleView } from '../../types';

/** Complete when one of the shown options is chosen. */
export function validateSingle(input: SingleInput, view: SingleView): Invalid | null {
	const chosen = input !== null && view.options.some((option) => option.id === input);
	return chosen ? null : invalid('no-choice');
}
