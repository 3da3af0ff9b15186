// The few words the exports write themselves, in both languages (the quiz wording comes from
// quiz.yaml): the question banks' (GIFT, Moodle XML) and, in a SCORM package, what is about the LMS
// (recorded or not, a review, "Save and exit"). The quiz itself in a package is the site's
// QuizRunner with the site's Paraglide messages: no quiz wording is kept here.
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
};

function englishOrdinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

export const labels: Record<Locale, Labels> = {
	fr: {
		quiz: 'Quiz',
		sources: 'Ce que disent les sources',
		ourTranslation: 'Traduction : la nôtre',
		finish: 'Enregistrer et quitter',
		finished: 'Vos résultats sont enregistrés : vous pouvez fermer cette fenêtre.',
		lmsConnected: 'Vos réponses et votre score sont enregistrés par la plateforme de cours. Une fois le quiz corrigé, vos réponses ne peuvent plus être modifiées.',
		lmsMissing: 'Aucune plateforme de cours détectée : le quiz fonctionne, mais rien n’est enregistré.',
		lmsSaved: 'Score envoyé à la plateforme de cours.',
		lmsFinal: 'Cette tentative est terminée. Pour réessayer, commencez une nouvelle tentative depuis la plateforme de cours, si elle le permet.',
		reviewFinished: 'Relecture d’une tentative terminée : vos réponses et vos résultats ne peuvent plus être modifiés, et rien n’est envoyé à la plateforme de cours.',
		reviewOnly: 'Mode consultation : le quiz ne peut pas être rempli ici, et rien n’est envoyé à la plateforme de cours.',
		resumed: 'Vos réponses précédentes ont été restaurées.',
		noscript: 'Le quiz est corrigé dans votre navigateur : activez JavaScript pour y répondre.',
		ordinal: (n) => (n === 1 ? '1er' : `${n}e`),
		orderingAsMatching: '(Associez chaque élément à sa place dans l’ordre.)',
		otherBlank: (n) => `[${n}]`,
		blankName: (id, n, total) => `${id} (trou ${n} sur ${total})`
	},
	en: {
		quiz: 'Quiz',
		sources: 'What the sources say',
		ourTranslation: 'Translation: ours',
		finish: 'Save and exit',
		finished: 'Your results are saved: you can close this window.',
		lmsConnected: 'Your answers and score are recorded by your course platform. Once the quiz is graded, your answers can no longer be changed.',
		lmsMissing: 'No course platform found: the quiz works, but nothing is recorded.',
		lmsSaved: 'Score sent to the course platform.',
		lmsFinal: 'This attempt is finished. To try again, start a new attempt from your course platform, if it allows one.',
		reviewFinished: 'Review of a finished attempt: your answers and results can no longer be changed, and nothing is sent to the course platform.',
		reviewOnly: 'Review or preview mode: the quiz cannot be answered here, and nothing is sent to the course platform.',
		resumed: 'Your earlier answers have been restored.',
		noscript: 'The quiz is graded in your browser: turn on JavaScript to answer it.',
		ordinal: englishOrdinal,
		orderingAsMatching: '(Match each item with its place in the order.)',
		otherBlank: (n) => `[${n}]`,
		blankName: (id, n, total) => `${id} (blank ${n} of ${total})`
	}
};
