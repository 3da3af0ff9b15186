import type { EvidenceSentence, EvidenceView, Locale } from '../../types';
import { textIn, viewBaseIn } from '../text-in';

/** A sentence as written, with our translation into `lang` only. */
function sentenceIn(sentence: EvidenceSentence, lang: Locale): EvidenceSentence {
	const translation = sentence.translation?.[lang];
	return { id: sentence.id, text: sentence.text, ...(translation !== undefined && { translation: { [lang]: translation } }) };
}

/** What a page in `lang` shows of an evidence question: the claim, the source, the passage; no answer. */
export function evidencePublicView(view: EvidenceView, lang: Locale): EvidenceView {
	return {
		...viewBaseIn(view, lang),
		type: 'evidence',
		claim: textIn(view.claim, lang),
		stance: view.stance,
		source: view.source,
		...(view.lang && { lang: view.lang }),
		...(view.origin && { origin: { ...view.origin, short: textIn(view.origin.short, lang) } }),
		sentences: view.sentences.map((sentence) => sentenceIn(sentence, lang))
	};
}
