// An evidence question as text, where the passage cannot be drawn as on the site: in a question
// bank (GIFT, Moodle XML, QTI, Common Cartridge, Blackboard, Brightspace) and on the printed
// worksheet (content/teach-pages.ts), as describe-accounts.ts does for a comparison's accounts. A
// multiple-response question over the passage's sentences, graded as the site grades it (each key sentence +100/n %, each other
// sentence −100/n %: score-evidence.ts). The question text says where the passage comes from
// (title, publisher, date), the claim and what to look for; each sentence is an option, quoted as
// published, with our translation after it when the page language differs (marked as ours), and
// keeps its feedback. Same id: the bank question is the site's question, only written differently.
// Pure, like its callers.
import { formatDate, quoted } from './format';
import { m } from './paraglide/messages.js';
import type { EvidenceStance, Locale, Localized, QuestionOf } from './quiz/types';

function taskIn(stance: EvidenceStance, lang: Locale): string {
	const locale = { locale: lang };
	if (stance === 'supports') return m.evidence_task_supports({}, locale);
	if (stance === 'contradicts') return m.evidence_task_contradicts({}, locale);
	return m.evidence_task_silent({}, locale);
}

/** The evidence question (already in `lang`, as quizIn makes it) as a multiple-response question. */
export function evidenceAsMultiple(question: QuestionOf<'evidence'>, lang: Locale): QuestionOf<'multiple'> {
	const { view, key } = question;
	const locale = { locale: lang };
	const colon = lang === 'fr' ? '\u202f: ' : ': ';
	const from = view.origin
		? m.evidence_from({ short: view.origin.short[lang], publisher: view.origin.publisher, date: formatDate(view.origin.date, lang) }, locale)
		: view.source;
	const prompt = [
		view.prompt[lang],
		`${m.evidence_claim({}, locale)}${colon}${quoted(view.claim[lang], lang)}`,
		taskIn(view.stance, lang),
		from
	].join('\n\n');
	const ours = m.pack_our_translation({}, locale);
	return {
		type: 'multiple',
		view: {
			id: view.id,
			objectives: view.objectives,
			scenario: view.scenario,
			hints: view.hints,
			type: 'multiple',
			prompt: { [lang]: prompt } as Localized,
			options: view.sentences.map((sentence) => {
				const translation = sentence.translation?.[lang];
				const text = translation ? `${quoted(sentence.text, lang)} (${ours} ${translation})` : sentence.text;
				return { id: sentence.id, label: { [lang]: text } as Localized };
			})
		},
		key: { type: 'multiple', answer: key.answer, feedback: key.feedback, explanation: key.explanation, citations: key.citations }
	};
}
