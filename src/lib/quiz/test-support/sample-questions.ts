// One hand-written question of each type, shared by the unit tests and the benchmark.
// Kept free of test-runner imports so that scripts/bench-grading.ts can load it outside Vitest.
import type { CaseAccount, Choice, Localized, QuestionOf, QuestionType, Quiz } from '../types';

/** A label whose text is the same in both languages: enough for grading tests. */
export function both(text: string): Localized {
	return { fr: text, en: text };
}

export function choices(...ids: string[]): Choice[] {
	return ids.map((id) => ({ id, label: both(`label ${id}`) }));
}

const common = {
	objectives: ['crimes'],
	scenario: false,
	prompt: both('prompt'),
	hints: []
};

const keyCommon = {
	explanation: both('explanation'),
	citations: [{ source: 'rome-statute-en', quote: '(c) War crimes;' }]
};

export const samples: { [T in QuestionType]: QuestionOf<T> } = {
	single: {
		type: 'single',
		view: { ...common, id: 's1', type: 'single', options: choices('a', 'b', 'c', 'd') },
		key: {
			...keyCommon,
			type: 'single',
			answer: 'b',
			feedback: { a: both('not a'), c: both('not c'), d: both('not d') }
		}
	},
	multiple: {
		type: 'multiple',
		view: { ...common, id: 'm1', type: 'multiple', options: choices('a', 'b', 'c', 'd', 'e') },
		key: {
			...keyCommon,
			type: 'multiple',
			answer: ['a', 'c', 'd'],
			feedback: { b: both('not b'), e: both('not e'), a: both('yes a') }
		}
	},
	truefalse: {
		type: 'truefalse',
		view: { ...common, id: 't1', type: 'truefalse' },
		key: {
			...keyCommon,
			type: 'truefalse',
			answer: false,
			feedback: { true: both('no'), false: both('yes') }
		}
	},
	short: {
		type: 'short',
		view: { ...common, id: 'sh1', type: 'short' },
		key: {
			...keyCommon,
			type: 'short',
			accepted: { fr: ['Statut de Rome', 'l’Assemblée des États parties'], en: ['Rome Statute'] }
		}
	},
	numeric: {
		type: 'numeric',
		view: { ...common, id: 'n1', type: 'numeric', unit: { fr: 'États', en: 'States' } },
		key: { ...keyCommon, type: 'numeric', answer: 125, bounds: { kind: 'tolerance', tolerance: 0 } }
	},
	ordering: {
		type: 'ordering',
		view: { ...common, id: 'o1', type: 'ordering', items: choices('i1', 'i2', 'i3', 'i4', 'i5') },
		key: { ...keyCommon, type: 'ordering', order: ['i1', 'i2', 'i3', 'i4', 'i5'] }
	},
	matching: {
		type: 'matching',
		view: {
			...common,
			id: 'ma1',
			type: 'matching',
			items: choices('x', 'y', 'z', 'w'),
			targets: choices('t1', 't2', 't3', 't4', 't5')
		},
		key: { ...keyCommon, type: 'matching', answer: { x: 't2', y: 't1', z: 't4', w: 't3' } }
	},
	cloze: {
		type: 'cloze',
		view: {
			...common,
			id: 'c1',
			type: 'cloze',
			text: { fr: 'La [[b1]] siège à [[b2]].', en: 'The [[b1]] sits in [[b2]].' },
			blanks: [
				{ id: 'b1', options: choices('cpi', 'cij', 'onu') },
				{ id: 'b2', options: choices('lahaye', 'geneve', 'newyork') }
			]
		},
		key: { ...keyCommon, type: 'cloze', answer: { b1: 'cpi', b2: 'lahaye' } }
	},
	case: {
		type: 'case',
		view: {
			...common,
			id: 'k1',
			type: 'case',
			scenario: true,
			decisions: [
				{ id: 'crime', prompt: both('Which crime?'), options: choices('war', 'genocide', 'none') },
				{ id: 'link', prompt: both('Which link?'), options: choices('territory', 'nationality') },
				{ id: 'who', prompt: both('Who?'), options: choices('commander', 'state', 'none') }
			]
		},
		key: {
			...keyCommon,
			type: 'case',
			answer: { crime: 'war', link: 'territory', who: 'commander' },
			feedback: {
				crime: { war: both('yes: war crime'), genocide: both('no intent to destroy'), none: both('it is one') },
				link: { territory: both('yes: territory'), nationality: both('not a national') },
				who: { commander: both('yes: art. 28'), state: both('persons only'), none: both('someone is') }
			},
			decisionCitations: {
				crime: { source: 'rome-statute-en', quote: '(c) War crimes;' },
				link: { source: 'rome-statute-en', quote: 'territory', translation: { fr: 'territoire' } },
				who: { source: 'rome-statute-en', quote: 'natural persons' }
			}
		}
	},
	evidence: {
		type: 'evidence',
		view: {
			...common,
			id: 'e1',
			type: 'evidence',
			claim: both('The Court tries persons.'),
			stance: 'supports',
			source: 'rome-statute-en',
			sentences: [
				{ id: 's1', text: 'first', translation: { fr: 'premier' } },
				{ id: 's2', text: 'second', translation: { fr: 'deuxième' } },
				{ id: 's3', text: 'third', translation: { fr: 'troisième' } },
				{ id: 's4', text: 'fourth', translation: { fr: 'quatrième' } },
				{ id: 's5', text: 'fifth', translation: { fr: 'cinquième' } }
			]
		},
		key: {
			...keyCommon,
			type: 'evidence',
			answer: ['s2', 's4'],
			feedback: {
				s1: both('not s1'),
				s2: both('yes s2'),
				s3: both('not s3'),
				s4: both('yes s4'),
				s5: both('not s5')
			}
		}
	}
};

export const sampleQuiz: Quiz = {
	module: '01-jurisdiction',
	passMark: 0.7,
	questions: Object.values(samples)
};

/**
 * Two accounts for a comparison (a case with `accounts`), as the content loader leaves them (their
 * origin set): a French one, with our English translation, and an English one, with our French.
 */
export const sampleAccounts: CaseAccount[] = [
	{
		id: 'trt',
		source: 'trt-2025-07-cyberattaque-cpi',
		speaker: { fr: 'TRT Français', en: 'TRT Français' },
		evidence: { fr: 'Aucune source nommée', en: 'No source named' },
		wording: 'l’institution judiciaire onusienne',
		translation: { en: 'the UN judicial institution' },
		origin: { publisher: 'TRT Français (TRT Global)', date: '2025-07', title: 'Cyberattaque', short: { fr: 'TRT', en: 'TRT' }, lang: 'fr' }
	},
	{
		id: 'charter',
		source: 'un-charter',
		speaker: { fr: 'La Charte des Nations Unies', en: 'The UN Charter' },
		evidence: { fr: 'Un document', en: 'A document' },
		wording: 'The International Court of Justice shall be the principal judicial organ of the United Nations.',
		translation: { fr: 'La Cour internationale de Justice constitue l’organe judiciaire principal des Nations Unies.' },
		origin: { publisher: 'United Nations', date: '1945-06-26', title: 'Charter', short: { fr: 'Charte', en: 'UN Charter' }, lang: 'en' }
	}
];
