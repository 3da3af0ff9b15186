import { invalid } from '../../result';
import type { EvidenceInput, EvidenceView, Invalid } from '../../types';

/** Complete when at least one sentence of the passage is selected: every key names at least one. */
export function validateEvidence(input: EvidenceInput, view: EvidenceView): Invalid | null {
	const shown = new Set(view.sentences.map((sentence) => sentence.id));
	return input.some((id) => shown.has(id)) ? null : invalid('no-sentence');
}
