// The preconditions to the exercise of jurisdiction as a flow: the words of the diagram, in both
// languages, from the Rome Statute's articles 5, 11, 12 and 13 (sources/primary/rome-statute-*),
// with the crime of aggression's own regime (articles 15 bis and 15 ter) set apart.
import type { Locale } from '$lib/i18n';

type Step = { head: string; detail: string; articles: string };
export type PreconditionsText = {
	title: string;
	desc: string;
	caption: string;
	crime: Step;
	time: Step;
	/** art. 13(a) and (c): a link with a State */
	link: Step;
	/** art. 13(b): no link needed */
	council: Step;
	court: { head: string; detail: string };
};

export const preconditionsText: Record<Locale, PreconditionsText> = {
	en: {
		title: 'The preconditions: when the Court may exercise its jurisdiction',
		desc:
			'A flow in three steps, for three of the four crimes. One: a crime of article 5: genocide, crimes against humanity or war crimes; the crime of aggression has its own regime (articles 15 bis and 15 ter). ' +
			'Two: committed after the Statute entered into force, on 1 July 2002 (article 11(1)); for a State that became a Party later, after the Statute entered into force for that State, unless it made a declaration under article 12(3) (article 11(2)); never before 1 July 2002. ' +
			'Three, when a State Party refers the situation or the Prosecutor opens an investigation (article 13(a) and (c)): the crime was committed on the territory of a State Party, or on board a vessel or aircraft registered there, or by a national of a State Party (article 12(2)), or the same link with a State that accepted jurisdiction by a declaration (article 12(3)). ' +
			'Or, when the Security Council refers the situation (article 13(b)): no link of territory or nationality is needed, article 12(2) does not apply. ' +
			'Then the Court may exercise its jurisdiction; the next question is whether the case is admissible (article 17).',
		caption: 'Rome Statute, articles 5, 11, 12 and 13; for the crime of aggression, articles 15 bis and 15 ter.',
		crime: {
			head: '1. A crime of article 5',
			detail: 'genocide, crimes against humanity, war crimes',
			articles: 'For three of the four crimes: the crime of aggression has its own regime (art. 15 bis and 15 ter)'
		},
		time: {
			head: '2. Committed after the Statute’s entry into force',
			detail:
				'after 1 July 2002; for a State that became a Party later, after the Statute’s entry into force for that State, unless it made a declaration under art. 12(3). Never before 1 July 2002.',
			articles: 'art. 11'
		},
		link: {
			head: '3. A link with a State',
			detail:
				'on the territory (or a ship or aircraft) of a State Party, or by one of its nationals; or the same link with a State that accepted jurisdiction by a declaration',
			articles: 'art. 12(2) and 12(3), for art. 13(a) and (c)'
		},
		council: {
			head: 'Or: a Security Council referral',
			detail: 'no link needed: art. 12(2) does not apply',
			articles: 'art. 13(b)'
		},
		court: { head: 'The Court may exercise its jurisdiction', detail: 'Next: is the case admissible? (art. 17)' }
	},
	fr: {
		title: 'Les conditions préalables : quand la Cour peut exercer sa compétence',
		desc:
			'Un parcours en trois étapes, pour trois des quatre crimes. Un : un crime de l’article 5 : génocide, crimes contre l’humanité ou crimes de guerre ; le crime d’agression a son propre régime (articles 15 bis et 15 ter). ' +
			'Deux : commis après l’entrée en vigueur du Statut, le 1er juillet 2002 (article 11, paragraphe 1) ; pour un État devenu Partie plus tard, après l’entrée en vigueur du Statut à son égard, sauf s’il a fait une déclaration au titre de l’article 12, paragraphe 3 (article 11, paragraphe 2) ; jamais avant le 1er juillet 2002. ' +
			'Trois, quand un État Partie défère la situation ou que le Procureur ouvre une enquête (article 13 a) et c)) : le crime a été commis sur le territoire d’un État Partie, ou à bord d’un navire ou d’un aéronef qui y est immatriculé, ou par un ressortissant d’un État Partie (article 12, paragraphe 2), ou le même lien avec un État qui a accepté la compétence par une déclaration (article 12, paragraphe 3). ' +
			'Ou, quand le Conseil de sécurité défère la situation (article 13 b)) : aucun lien de territoire ou de nationalité n’est nécessaire, l’article 12, paragraphe 2, ne s’applique pas. ' +
			'La Cour peut alors exercer sa compétence ; la question suivante est celle de la recevabilité de l’affaire (article 17).',
		caption: 'Statut de Rome, articles 5, 11, 12 et 13 ; pour le crime d’agression, articles 15 bis et 15 ter.',
		crime: {
			head: '1. Un crime de l’article 5',
			detail: 'génocide, crimes contre l’humanité, crimes de guerre',
			articles: 'Pour trois des quatre crimes : le crime d’agression a son propre régime (art. 15 bis et 15 ter)'
		},
		time: {
			head: '2. Commis après l’entrée en vigueur du Statut',
			detail:
				'après le 1er juillet 2002 ; pour un État devenu Partie plus tard, après l’entrée en vigueur du Statut à son égard, sauf déclaration au titre de l’art. 12, par. 3. Jamais avant le 1er juillet 2002.',
			articles: 'art. 11'
		},
		link: {
			head: '3. Un lien avec un État',
			detail:
				'sur le territoire (ou un navire ou un aéronef) d’un État Partie, ou par l’un de ses ressortissants ; ou le même lien avec un État qui a accepté la compétence par déclaration',
			articles: 'art. 12, par. 2 et 3, pour l’art. 13 a) et c)'
		},
		council: {
			head: 'Ou : un renvoi par le Conseil de sécurité',
			detail: 'aucun lien nécessaire : l’art. 12, par. 2, ne s’applique pas',
			articles: 'art. 13 b)'
		},
		court: { head: 'La Cour peut exercer sa compétence', detail: 'Ensuite : l’affaire est-elle recevable ? (art. 17)' }
	}
};
