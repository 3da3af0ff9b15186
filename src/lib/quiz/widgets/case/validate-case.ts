import { invalid } from '../../result';
import type { CaseInput, CaseView, Invalid } from '../../types';

/** Complete when every decision holds one of its own options. count = decisions left undecided. */
export function validateCase(input: CaseInput, view: CaseView): Invalid | null {
	const undecided = view.decisions.filter((decision) => {
		const chosen = Object.hasOwn(input, decision.id) ? input[decision.id] : null;
		return !decision.options.some((option) => option.id === chosen);
	}).length;
	return undecided === 0 ? null : invalid('undecided', undecided);
}
