// The few words the exports write themselves, in both languages (the quiz wording comes from
// quiz.yaml). Kept here rather than in the site's Paraglide messages so that the SCORM runtime,
// bundled on its own, carries only what it needs.
import { wholePercent } from '../quiz/credit';
import type { Locale } from '../quiz/types';

export type Labels = {
	quiz: string;
	questionOf: (n: number, total: number) => string;
	scenario: string;
	selectOne: string;
	selectAll: string;
	true: string;
	false: string;
	yourAnswer: string;
	yourNumber: string;
	choose: string;
	orderingHelp: string;
	moveUp: (item: string) => string;
	moveDown: (item: string) => string;
	position: (n: number) => string;
	matchingHelp: string;
	matchFor: (item: string) => string;
	clozeHelp: string;
	blank: (n: number) => string;
	hint: (n: number, total: number) => string;
	/** a hint not yet opened, with what the question is then worth at most (as the site's button says) */
	hintCost: (n: number, total: number, percent: string) => string;
	/** before the questions, when some have hints: the rule, as the site says it before a quiz */
	hintRule: (percent: string) => string;
	/** in the results, a question whose credit the hints lowered */
	hintsLowered: (hints: number, percent: string) => string;
	submit: string;
	unansweredConfirm: (count: number) => string;
	results: string;
	score: (percent: string) => string;
	passed: (passMark: string) => string;
	failed: (passMark: string) => string;
	correct: string;
	incorrect: string;
	partial: (percent: string) => string;
	noAnswer: string;
	expected: string;
	explanation: string;
	sources: string;
	ourTranslation: string;
	tryAgain: string;
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
	/**
	 * a share in [0, 1] as a percent the page language writes, rounded as every percentage on the
	 * site (wholePercent: a whole number, rounded down, so it never shows a pass not reached)
	 */
	percent: (share: number) => string;
};

function englishOrdinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

function percentText(share: number, lang: Locale): string {
	const whole = wholePercent(share);
	return lang === 'fr' ? `${whole}\u00a0%` : `${whole}%`;
}

export const labels: Record<Locale, Labels> = {
	fr: {
		quiz: 'Quiz',
		questionOf: (n, total) => `Question ${n} sur ${total}`,
		scenario: 'Cas pratique',
		selectOne: 'Une seule réponse.',
		selectAll: 'Plusieurs réponses possibles : cochez toutes celles qui conviennent.',
		true: 'Vrai',
		false: 'Faux',
		yourAnswer: 'Votre réponse',
		yourNumber: 'Votre réponse (un nombre)',
		choose: 'Choisir…',
		orderingHelp: 'Mettez les éléments dans le bon ordre avec les boutons Monter et Descendre.',
		moveUp: (item) => `Monter « ${item} »`,
		moveDown: (item) => `Descendre « ${item} »`,
		position: (n) => `position ${n}`,
		matchingHelp: 'Associez chaque élément à l’un de ceux de la liste.',
		matchFor: (item) => `Associer à « ${item} »`,
		clozeHelp: 'Complétez chaque trou en choisissant dans la liste.',
		blank: (n) => `Trou ${n}`,
		hint: (n, total) => `Indice ${n} sur ${total}`,
		hintCost: (n, total, percent) => `Indice ${n} sur ${total} (la question vaudra alors au plus ${percent})`,
		hintRule: (percent) => `Chaque indice ouvert retire ${percent} au maximum que sa question peut rapporter, même refermé ensuite.`,
		hintsLowered: (hints, percent) =>
			`${hints} ${hints === 1 ? 'indice ouvert' : 'indices ouverts'} : cette question rapporte ${percent} de ses points.`,
		submit: 'Terminer et corriger',
		unansweredConfirm: (count) =>
			`${count} question(s) sans réponse complète compteront 0. Appuyez de nouveau sur « Terminer et corriger » pour confirmer.`,
		results: 'Résultats',
		score: (percent) => `Score : ${percent}`,
		passed: (passMark) => `Réussi : le seuil de réussite est de ${passMark}.`,
		failed: (passMark) => `Pas encore réussi : le seuil de réussite est de ${passMark}.`,
		correct: 'Bonne réponse',
		incorrect: 'Réponse incorrecte',
		partial: (percent) => `Réponse en partie juste (${percent})`,
		noAnswer: 'Pas de réponse',
		expected: 'La réponse attendue',
		explanation: 'Explication',
		sources: 'Ce que disent les sources',
		ourTranslation: 'Traduction : la nôtre',
		tryAgain: 'Modifier mes réponses',
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
		blankName: (id, n, total) => `${id} (trou ${n} sur ${total})`,
		percent: (share) => percentText(share, 'fr')
	},
	en: {
		quiz: 'Quiz',
		questionOf: (n, total) => `Question ${n} of ${total}`,
		scenario: 'Case study',
		selectOne: 'One answer.',
		selectAll: 'More than one answer may be right: tick all that apply.',
		true: 'True',
		false: 'False',
		yourAnswer: 'Your answer',
		yourNumber: 'Your answer (a number)',
		choose: 'Choose…',
		orderingHelp: 'Put the items in the right order with the Move up and Move down buttons.',
		moveUp: (item) => `Move “${item}” up`,
		moveDown: (item) => `Move “${item}” down`,
		position: (n) => `position ${n}`,
		matchingHelp: 'Match each item on the left with one from the list.',
		matchFor: (item) => `Match for “${item}”`,
		clozeHelp: 'Fill each blank by choosing from the list.',
		blank: (n) => `Blank ${n}`,
		hint: (n, total) => `Hint ${n} of ${total}`,
		hintCost: (n, total, percent) => `Hint ${n} of ${total} (the question is then worth at most ${percent})`,
		hintRule: (percent) => `Each hint you open takes ${percent} off the most its question can earn, even if you close it again.`,
		hintsLowered: (hints, percent) => `${hints} ${hints === 1 ? 'hint' : 'hints'} opened: this question earns ${percent} of its mark.`,
		submit: 'Finish and grade',
		unansweredConfirm: (count) =>
			`${count} question(s) not fully answered will count as 0. Press “Finish and grade” again to confirm.`,
		results: 'Results',
		score: (percent) => `Score: ${percent}`,
		passed: (passMark) => `Passed: the pass mark is ${passMark}.`,
		failed: (passMark) => `Not passed yet: the pass mark is ${passMark}.`,
		correct: 'Correct',
		incorrect: 'Incorrect',
		partial: (percent) => `Partly correct (${percent})`,
		noAnswer: 'No answer',
		expected: 'The expected answer',
		explanation: 'Explanation',
		sources: 'What the sources say',
		ourTranslation: 'Translation: ours',
		tryAgain: 'Change my answers',
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
		blankName: (id, n, total) => `${id} (blank ${n} of ${total})`,
		percent: (share) => percentText(share, 'en')
	}
};
