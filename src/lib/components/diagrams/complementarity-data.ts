// Complementarity, national courts first: the words of the diagram, in both languages, from the
// Rome Statute's articles 1, 17 and 20(3) (sources/primary/rome-statute-*). Inaction (no State
// doing anything) is drawn as its own branch: article 17(1)(a)-(b) makes a case inadmissible only
// where a State is acting or has acted.
import type { Locale } from '$lib/i18n';

type Node = { head: string; detail?: string; articles?: string };
export type ComplementarityText = {
	title: string;
	desc: string;
	caption: string;
	yes: string;
	/** "No", and the name of the case it stands for (inaction) */
	noInaction: string;
	no: string;
	acting: Node;
	genuine: Node;
	admissible: Node;
	inadmissible: Node;
	always: Node;
};

export const complementarityText: Record<Locale, ComplementarityText> = {
	en: {
		title: 'Complementarity: national courts first',
		desc:
			'Two questions decide whether a case is admissible before the Court. First: is a State that has jurisdiction investigating or prosecuting the case, or has it investigated the case and decided not to prosecute (article 17(1)(a) and (b))? ' +
			'If no, because no State is doing anything (inaction), the Court may step in: the case is admissible. ' +
			'If yes, second question: is that State unwilling or unable genuinely to carry out the investigation or prosecution (article 17(1)(a) and (b), 17(2) and 17(3))? ' +
			'If yes, the Court may step in: the case is admissible. If no, the case is inadmissible: it stays with the national courts. ' +
			'In every case, the case must be of sufficient gravity to justify further action by the Court (article 17(1)(d)), and a person already tried for the same conduct is not tried again unless article 20(3) allows it (article 17(1)(c)).',
		caption: 'Rome Statute, articles 1, 17 and 20(3).',
		yes: 'Yes',
		noInaction: 'No: inaction',
		no: 'No',
		acting: {
			head: '1. Is a State with jurisdiction investigating or prosecuting the case, or has it investigated and decided not to prosecute?',
			articles: 'art. 17(1)(a), (b)'
		},
		genuine: {
			head: '2. Is that State unwilling or unable genuinely to carry out the investigation or prosecution?',
			articles: 'art. 17(1)(a), (b), 17(2), 17(3)'
		},
		admissible: { head: 'The Court may step in', detail: 'the case is admissible (if grave enough, below)' },
		inadmissible: { head: 'The case is inadmissible', detail: 'it stays with the national courts' },
		always: {
			head: 'In every case',
			detail:
				'The case must be of sufficient gravity to justify further action by the Court (art. 17(1)(d)). A person already tried for the same conduct is not tried again, unless art. 20(3) allows it (art. 17(1)(c)).'
		}
	},
	fr: {
		title: 'La complémentarité : les juridictions nationales d’abord',
		desc:
			'Deux questions décident si une affaire est recevable devant la Cour. D’abord : un État ayant compétence enquête-t-il ou poursuit-il dans l’affaire, ou a-t-il enquêté et décidé de ne pas poursuivre (article 17, paragraphe 1, a) et b)) ? ' +
			'Si non, parce qu’aucun État ne fait rien (inaction), la Cour peut intervenir : l’affaire est recevable. ' +
			'Si oui, seconde question : cet État manque-t-il de volonté ou est-il dans l’incapacité de mener véritablement à bien l’enquête ou les poursuites (article 17, paragraphes 1 a) et b), 2 et 3) ? ' +
			'Si oui, la Cour peut intervenir : l’affaire est recevable. Si non, l’affaire est irrecevable : elle reste aux juridictions nationales. ' +
			'Dans tous les cas, l’affaire doit être suffisamment grave pour que la Cour y donne suite (article 17, paragraphe 1, d)), et une personne déjà jugée pour le même comportement n’est pas jugée à nouveau, sauf si l’article 20, paragraphe 3, le permet (article 17, paragraphe 1, c)).',
		caption: 'Statut de Rome, articles 1, 17 et 20 (par. 3).',
		yes: 'Oui',
		noInaction: 'Non : inaction',
		no: 'Non',
		acting: {
			head: '1. Un État ayant compétence enquête-t-il ou poursuit-il dans l’affaire, ou a-t-il enquêté et décidé de ne pas poursuivre ?',
			articles: 'art. 17, par. 1, a) et b)'
		},
		genuine: {
			head: '2. Cet État manque-t-il de volonté ou est-il dans l’incapacité de mener véritablement à bien l’enquête ou les poursuites ?',
			articles: 'art. 17, par. 1 a) et b), 2 et 3'
		},
		admissible: { head: 'La Cour peut intervenir', detail: 'l’affaire est recevable (si elle est assez grave, ci-dessous)' },
		inadmissible: { head: 'L’affaire est irrecevable', detail: 'elle reste aux juridictions nationales' },
		always: {
			head: 'Dans tous les cas',
			detail:
				'L’affaire doit être suffisamment grave pour que la Cour y donne suite (art. 17, par. 1, d)). Une personne déjà jugée pour le même comportement n’est pas jugée à nouveau, sauf si l’art. 20, par. 3, le permet (art. 17, par. 1, c)).'
		}
	}
};
