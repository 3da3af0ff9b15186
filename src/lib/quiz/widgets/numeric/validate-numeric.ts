import { invalid } from '../../result';
import type { Invalid, NumericInput, NumericView } from '../../types';
import { parseNumber } from './parse-number';

/** Complete once a number is typed; a text that is not a number is not graded (not-a-number). */
export function validateNumeric(input: NumericInput, _view?: NumericView): Invalid | null {
	if (input.trim() === '') return invalid('empty-text');
	return parseNumber(input) === null ? invalid('not-a-number') : null;
}
