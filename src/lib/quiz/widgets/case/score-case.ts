// Case (facts, then 2–5 decisions, each one option among its own): score = share of the decisions
// right (each weighs 1/n, n = number of decisions), as cloze. parts: each decision id → right or
// not. feedback: `decisionId/optionId` of each decision's chosen option that has feedback.
import { graded, shareTrue } from '../../result';
import type { CaseInput, CaseKey, Graded } from '../../types';

/** The feedback id of an option of a decision (option ids are unique within a decision only). */
export function caseFeedbackId(decisionId: string, optionId: string): string {
	return `${decisionId}/${optionId}`;
}

export function scoreCase(input: CaseInput, key: CaseKey): Graded {
	const parts: Record<string, boolean> = {};
	const feedback: string[] = [];
	for (const [decision, option] of Object.entries(key.answer)) {
		const chosen = Object.hasOwn(input, decision) ? input[decision] : null;
		parts[decision] = chosen === option;
		const options = Object.hasOwn(key.feedback, decision) ? key.feedback[decision] : undefined;
		if (typeof chosen === 'string' && options !== undefined && Object.hasOwn(options, chosen)) {
			feedback.push(caseFeedbackId(decision, chosen));
		}
	}
	return graded(shareTrue(Object.values(parts)), parts, feedback);
}
