import type { CaseKey, Locale } from '../../types';
import { citationIn, feedbackIn, keyBaseIn } from '../text-in';

/** The key of a case in `lang`: each decision's answer, its options' feedback and its citation. */
export function caseKeyIn(key: CaseKey, lang: Locale): CaseKey {
	return {
		...keyBaseIn(key, lang),
		type: 'case',
		answer: { ...key.answer },
		feedback: Object.fromEntries(Object.entries(key.feedback).map(([id, options]) => [id, feedbackIn(options, lang)])),
		decisionCitations: Object.fromEntries(
			Object.entries(key.decisionCitations).map(([id, citation]) => [id, citationIn(citation, lang)])
		),
		...(key.navigator ? { navigator: { ...key.navigator, path: [...key.navigator.path] } } : {})
	};
}
