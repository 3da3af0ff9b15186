import { invalid } from '../../result';
import type { Invalid, TrueFalseInput, TrueFalseView } from '../../types';

/** Complete once true or false is chosen. */
export function validateTrueFalse(input: TrueFalseInput, _view?: TrueFalseView): Invalid | null {
	return typeof input === 'boolean' ? null : invalid('no-choice');
}
