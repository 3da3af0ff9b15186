// The few words the exports write themselves, in both languages (the quiz wording comes from
// quiz.yaml): the question banks' (GIFT, Moodle XML) and, in a SCORM package, what is about the LMS
// (recorded or not, a review, "Save and exit"). They come from the site's message catalogue
// (messages/*.json: export_* and scorm_* keys, and the site's own where the words are the same), so
// a wording is translated and corrected in one place. The quiz itself in a package is the site's
// QuizRunner with the site's Paraglide messages.
import { m } from '../paraglide/messages.js';
import type { Locale } from '../quiz/types';

export type Labels = {
	quiz: string;
	sources: string;
	ourTranslation: string;
	finish: string;
	finished: string;
	lmsConnected: string;
	lmsMissing: string;
	lmsSaved: string;
	/** after a submission reported to an LMS: the attempt is final */
	lmsFinal: string;
	/** the LMS reopened a finished attempt: its review, read-only, nothing sent */
	reviewFinished: string;
	/** the LMS opened the SCO to review or preview it (lesson_mode review/browse), no attempt to show */
	reviewOnly: string;
	resumed: string;
	noscript: string;
	/** "1st", "2nd"… (fr: "1er", "2e"…): the targets an ordering question becomes in Moodle */
	ordinal: (n: number) => string;
	/** appended to an ordering prompt once it is a matching question */
	orderingAsMatching: string;
	/** names a blank of a cloze text that another GIFT question asks about */
	otherBlank: (n: number) => string;
	/** the name of one GIFT question made from one blank of a cloze */
	blankName: (id: string, n: number, total: number) => string;
	/** the name of one question made from one decision of a case */
	decisionName: (id: string, n: number, total: number) => string;
	/** the name of one single choice made from one part (item, position) of a question */
	partName: (id: string, n: number, total: number) => string;
	/** the two choices of a true/false question where a format has them as text (QTI) */
	trueLabel: string;
	falseLabel: string;
};

/** The words in one language, from the site's message catalogue (messages/*.json), as the site says them. */
function labelsIn(locale: Locale): Labels {
	const l = { locale };
	return {
		quiz: m.export_quiz({}, l),
		sources: m.quiz_sources({}, l),
		ourTranslation: m.pack_our_translation({}, l),
		finish: m.scorm_finish({}, l),
		finished: m.scorm_finished({}, l),
		lmsConnected: m.scorm_lms_connected({}, l),
		lmsMissing: m.scorm_lms_missing({}, l),
		lmsSaved: m.scorm_lms_saved({}, l),
		lmsFinal: m.scorm_lms_final({}, l),
		reviewFinished: m.scorm_review_finished({}, l),
		reviewOnly: m.scorm_review_only({}, l),
		resumed: m.scorm_resumed({}, l),
		noscript: m.scorm_noscript({}, l),
		ordinal: (n) => m.export_ordinal({ n }, l),
		orderingAsMatching: m.export_ordering_as_matching({}, l),
		// a number, the same in both languages
		otherBlank: (n) => `[${n}]`,
		blankName: (id, n, total) => m.export_blank_name({ id, n, total }, l),
		decisionName: (id, n, total) => m.export_decision_name({ id, n, total }, l),
		partName: (id, n, total) => m.lms_part_name({ id, n, total }, l),
		trueLabel: m.quiz_true({}, l),
		falseLabel: m.quiz_false({}, l)
	};
}

export const labels: Record<Locale, Labels> = { fr: labelsIn('fr'), en: labelsIn('en') };
