// Views for the widget tests, with different French and English text so that `lang` is visible.
import type {
	CaseView,
	ClozeView,
	Localized,
	MatchingView,
	MultipleView,
	NumericView,
	OrderingView,
	ShortView,
	SingleView,
	TrueFalseView
} from '$lib/quiz/types';

function text(fr: string, en: string): Localized {
	return { fr, en };
}

const common = { objectives: ['o1'], scenario: false, hints: [] };

export const singleView: SingleView = {
	...common,
	id: 'q-single',
	type: 'single',
	prompt: text('Où siège la Cour ?', 'Where does the Court sit?'),
	options: [
		{ id: 'a', label: text('Genève', 'Geneva') },
		{ id: 'b', label: text('La Haye', 'The Hague') },
		{ id: 'c', label: text('New York', 'New York City') }
	]
};

export const multipleView: MultipleView = {
	...common,
	id: 'q-multiple',
	type: 'multiple',
	prompt: text('Quels crimes relèvent de la Cour ?', 'Which crimes fall under the Court?'),
	options: [
		{ id: 'g', label: text('Génocide', 'Genocide') },
		{ id: 'v', label: text('Vol simple', 'Theft') },
		{ id: 'w', label: text('Crimes de guerre', 'War crimes') }
	]
};

export const trueFalseView: TrueFalseView = {
	...common,
	id: 'q-tf',
	type: 'truefalse',
	prompt: text('La Cour juge des États.', 'The Court tries States.')
};

export const shortView: ShortView = {
	...common,
	id: 'q-short',
	type: 'short',
	prompt: text('Quel traité a créé la Cour ?', 'Which treaty created the Court?'),
	placeholder: text('par exemple : le Traité de…', 'for example: the Treaty of…')
};

export const numericView: NumericView = {
	...common,
	id: 'q-numeric',
	type: 'numeric',
	prompt: text('Combien d’États parties ?', 'How many States Parties?'),
	unit: text('États', 'States')
};

export const orderingView: OrderingView = {
	...common,
	id: 'q-ordering',
	type: 'ordering',
	prompt: text('Dans quel ordre ?', 'In which order?'),
	items: [
		{ id: 'i1', label: text('Adoption du Statut', 'Statute adopted') },
		{ id: 'i2', label: text('Entrée en vigueur', 'Entry into force') },
		{ id: 'i3', label: text('Première affaire', 'First case') },
		{ id: 'i4', label: text('Premier jugement', 'First judgment') }
	]
};

export const matchingView: MatchingView = {
	...common,
	id: 'q-matching',
	type: 'matching',
	prompt: text('Associez chaque organe à son rôle.', 'Match each organ with its role.'),
	items: [
		{ id: 'x', label: text('Le Procureur', 'The Prosecutor') },
		{ id: 'y', label: text('Le Greffe', 'The Registry') }
	],
	targets: [
		{ id: 't1', label: text('Enquêter', 'Investigate') },
		{ id: 't2', label: text('Administrer', 'Administer') },
		{ id: 't3', label: text('Juger', 'Judge') }
	]
};

export const clozeView: ClozeView = {
	...common,
	id: 'q-cloze',
	type: 'cloze',
	prompt: text('Complétez la phrase.', 'Complete the sentence.'),
	text: text('La [[b1]] siège à [[b2]].', 'The [[b1]] sits in [[b2]].'),
	blanks: [
		{
			id: 'b1',
			options: [
				{ id: 'cpi', label: text('CPI', 'ICC') },
				{ id: 'cij', label: text('CIJ', 'ICJ') }
			]
		},
		{
			id: 'b2',
			options: [
				{ id: 'lahaye', label: text('La Haye', 'The Hague') },
				{ id: 'geneve', label: text('Genève', 'Geneva') }
			]
		}
	]
};

export const caseView: CaseView = {
	...common,
	id: 'q-case',
	type: 'case',
	scenario: true,
	prompt: text('Un commandant fait bombarder un hôpital.', 'A commander has a hospital shelled.'),
	decisions: [
		{
			id: 'crime',
			prompt: text('Quel crime ?', 'Which crime?'),
			options: [
				{ id: 'war', label: text('Un crime de guerre', 'A war crime') },
				{ id: 'none', label: text('Aucun', 'None') }
			]
		},
		{
			id: 'who',
			prompt: text('Qui en répond ?', 'Who answers for it?'),
			options: [
				{ id: 'commander', label: text('Le commandant', 'The commander') },
				{ id: 'state', label: text('L’État', 'The State') },
				// the same option id as in the other decision: the two must not mix
				{ id: 'none', label: text('Personne', 'No one') }
			]
		}
	]
};
