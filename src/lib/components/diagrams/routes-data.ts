// Who can bring a situation to the Court: the words of the diagram, in both languages, from the
// Rome Statute's articles 12(2), 13, 14, 15 and 16 (sources/primary/rome-statute-*-selected-articles.txt).
import type { Locale } from '$lib/i18n';

export type RoutesText = {
	title: string;
	desc: string;
	caption: string;
	/** the three routes, in the order of article 13: (a), (b), (c) */
	routes: { who: string; detail?: string; articles: string }[];
	court: { who: string; articles: string };
	pause: { who: string; detail: string; articles: string };
};

export const routesText: Record<Locale, RoutesText> = {
	en: {
		title: 'Who can bring a situation before the Court',
		desc:
			'Three routes lead to the Court. One: a State Party refers a situation to the Prosecutor (articles 13(a) and 14). ' +
			'Two: the UN Security Council, acting under Chapter VII of the UN Charter, refers a situation to the Prosecutor (article 13(b)); ' +
			'the condition of territory or nationality of article 12(2) then does not apply. ' +
			'Three: the Prosecutor opens an investigation proprio motu, on their own initiative, with the authorisation of the Pre-Trial Chamber (articles 13(c) and 15). ' +
			'The Court may then exercise its jurisdiction (article 13). ' +
			'Separately, the Security Council can pause the Court: by a resolution adopted under Chapter VII, it may request that no investigation or prosecution be commenced or proceeded with for 12 months, a request it may renew (article 16).',
		caption: 'Rome Statute, articles 12(2), 13, 14, 15 and 16.',
		routes: [
			{ who: 'A State Party refers a situation to the Prosecutor', articles: 'art. 13(a) and 14' },
			{
				who: 'The UN Security Council refers a situation to the Prosecutor, acting under Chapter VII of the UN Charter',
				detail: 'No condition of territory or nationality: art. 12(2) does not apply',
				articles: 'art. 13(b)'
			},
			{
				who: 'The Prosecutor opens an investigation proprio motu (on their own initiative)',
				detail: 'only with the authorisation of the Pre-Trial Chamber',
				articles: 'art. 13(c) and 15'
			}
		],
		court: { who: 'The Court may exercise its jurisdiction', articles: 'art. 13' },
		pause: {
			who: 'Pause: deferral by the Security Council',
			detail:
				'By a resolution under Chapter VII, the Council may request that no investigation or prosecution be commenced or proceeded with for 12 months. It may renew the request.',
			articles: 'art. 16'
		}
	},
	fr: {
		title: 'Qui peut saisir la Cour d’une situation',
		desc:
			'Trois voies mènent à la Cour. Un : un État Partie défère une situation au Procureur (articles 13 a) et 14). ' +
			'Deux : le Conseil de sécurité de l’ONU, agissant en vertu du chapitre VII de la Charte des Nations Unies, défère une situation au Procureur (article 13 b)) ; ' +
			'la condition de territoire ou de nationalité de l’article 12, paragraphe 2, ne s’applique alors pas. ' +
			'Trois : le Procureur ouvre une enquête de sa propre initiative (proprio motu), avec l’autorisation de la Chambre préliminaire (articles 13 c) et 15). ' +
			'La Cour peut alors exercer sa compétence (article 13). ' +
			'À part, le Conseil de sécurité peut mettre la Cour en pause : par une résolution adoptée en vertu du chapitre VII, il peut demander qu’aucune enquête ni aucune poursuite ne soit engagée ni menée pendant 12 mois ; il peut renouveler cette demande (article 16).',
		caption: 'Statut de Rome, articles 12 (par. 2), 13, 14, 15 et 16.',
		routes: [
			{ who: 'Un État Partie défère une situation au Procureur', articles: 'art. 13 a) et 14' },
			{
				who: 'Le Conseil de sécurité de l’ONU défère une situation au Procureur, en vertu du chapitre VII de la Charte des Nations Unies',
				detail: 'Aucune condition de territoire ou de nationalité : l’art. 12, par. 2, ne s’applique pas',
				articles: 'art. 13 b)'
			},
			{
				who: 'Le Procureur ouvre une enquête de sa propre initiative (proprio motu)',
				detail: 'seulement avec l’autorisation de la Chambre préliminaire',
				articles: 'art. 13 c) et 15'
			}
		],
		court: { who: 'La Cour peut exercer sa compétence', articles: 'art. 13' },
		pause: {
			who: 'Pause : le sursis demandé par le Conseil de sécurité',
			detail:
				'Par une résolution adoptée en vertu du chapitre VII, le Conseil peut demander qu’aucune enquête ni aucune poursuite ne soit engagée ni menée pendant 12 mois. Il peut renouveler sa demande.',
			articles: 'art. 16'
		}
	}
};
