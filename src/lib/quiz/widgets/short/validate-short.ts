import { invalid } from '../../result';
import type { Invalid, ShortInput, ShortView } from '../../types';

/** Complete once something other than white space is typed. */
export function validateShort(input: ShortInput, _view?: ShortView): Invalid | null {
	return input.trim() === '' ? invalid('empty-text') : null;
}
