// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { grade, keyInput } from '../quiz/grade';
import { parseQuiz } from './quiz-schema';

const FILE = 'lessons/01-jurisdiction/quiz.yaml';

// One question of each type, written as an author would (lessons/README.md).
const VALID = `
module: 01-jurisdiction
passMark: 0.7
questions:
  - id: j-seat
    type: single
    objectives: [what-is-icc]
    scenario: false
    prompt: { fr: "Où siège la Cour ?", en: "Where does the Court sit?" }
    options:
      - { id: a, label: { fr: "La Haye", en: "The Hague" } }
      - id: b
        label: { fr: "New York", en: "New York" }
        feedback: { fr: "C’est le siège de l’ONU.", en: "That is the UN’s seat." }
    answer: a
    explanation: { fr: "Article 3.", en: "Article 3." }
    hints: [{ fr: "Pays-Bas", en: "Netherlands" }]
    citations:
      - source: rome-statute-en
        quote: "The seat of the Court shall be established at The Hague in the Netherlands"
        translation: { fr: "Le siège de la Cour est établi à La Haye, aux Pays-Bas" }
  - id: j-crimes
    type: multiple
    objectives: [crimes]
    scenario: false
    prompt: { fr: "Quels crimes ?", en: "Which crimes?" }
    options:
      - { id: a, label: { fr: "Génocide", en: "Genocide" } }
      - { id: b, label: { fr: "Fraude fiscale", en: "Tax fraud" }, feedback: { fr: "Non.", en: "No." } }
      - { id: c, label: { fr: "Crimes de guerre", en: "War crimes" } }
    answer: [a, c]
    explanation: { fr: "Article 5.", en: "Article 5." }
    citations: [{ source: rome-statute-excerpts, quote: "(c) War crimes;" }]
  - id: j-un
    type: truefalse
    objectives: [what-is-icc]
    scenario: true
    prompt: { fr: "La CPI est un organe de l’ONU.", en: "The ICC is a UN organ." }
    answer: false
    feedback:
      true: { fr: "Non : traité distinct.", en: "No: a separate treaty." }
      false: { fr: "Exact.", en: "Right." }
    explanation: { fr: "Traité.", en: "Treaty." }
    citations: [{ source: rome-statute-fr, quote: "Elle est complémentaire des juridictions criminelles nationales." }]
  - id: j-treaty
    type: short
    objectives: [what-is-icc]
    scenario: false
    prompt: { fr: "Quel traité ?", en: "Which treaty?" }
    accepted: { fr: ["Statut de Rome"], en: ["Rome Statute"] }
    placeholder: { fr: "Nom du traité", en: "Treaty name" }
    explanation: { fr: "1998.", en: "1998." }
    citations: [{ source: rome-statute-en, quote: "DONE at Rome, this 17th day of July 1998." }]
  - id: j-parties
    type: numeric
    objectives: [what-is-icc]
    scenario: false
    prompt: { fr: "Combien d’États parties ?", en: "How many States Parties?" }
    answer: 125
    range: [124, 125]
    unit: { fr: "États", en: "States" }
    explanation: { fr: "Selon la CPI.", en: "According to the ICC." }
    citations: [{ source: icc-states-parties, quote: "125 countries" }]
  - id: j-steps
    type: ordering
    objectives: [crimes]
    scenario: false
    prompt: { fr: "Dans l’ordre", en: "In order" }
    items:
      - { id: adopt, label: { fr: "Adoption", en: "Adoption" } }
      - { id: force, label: { fr: "Entrée en vigueur", en: "Entry into force" } }
    explanation: { fr: "1998 puis 2002.", en: "1998 then 2002." }
    citations: [{ source: rome-statute-en, quote: "DONE at Rome, this 17th day of July 1998." }]
  - id: j-match
    type: matching
    objectives: [crimes]
    scenario: false
    prompt: { fr: "Associez", en: "Match" }
    items:
      - { id: art6, label: { fr: "Article 6", en: "Article 6" } }
      - { id: art8, label: { fr: "Article 8", en: "Article 8" } }
    targets:
      - { id: genocide, label: { fr: "Génocide", en: "Genocide" } }
      - { id: war, label: { fr: "Crimes de guerre", en: "War crimes" } }
      - { id: fraud, label: { fr: "Fraude", en: "Fraud" } }
    answer: { art6: genocide, art8: war }
    explanation: { fr: "Articles 6 et 8.", en: "Articles 6 and 8." }
    citations: [{ source: rome-statute-excerpts, quote: "(c) War crimes;" }]
  - id: j-cloze
    type: cloze
    objectives: [what-is-icc]
    scenario: false
    prompt: { fr: "Complétez", en: "Fill in" }
    text: { fr: "La Cour est [[kind]] des juridictions nationales.", en: "The Court is [[kind]] to national jurisdictions." }
    blanks:
      - id: kind
        options:
          - { id: compl, label: { fr: "complémentaire", en: "complementary" } }
          - { id: super, label: { fr: "supérieure", en: "superior" } }
        answer: compl
    explanation: { fr: "Complémentarité.", en: "Complementarity." }
    citations: [{ source: rome-statute-fr, quote: "Elle est complémentaire des juridictions criminelles nationales." }]
  - id: j-case
    type: case
    objectives: [crimes]
    scenario: true
    prompt: { fr: "Un commandant fait bombarder un hôpital.", en: "A commander has a hospital shelled." }
    decisions:
      - id: crime
        prompt: { fr: "Quel crime ?", en: "Which crime?" }
        options:
          - { id: war, label: { fr: "Crime de guerre", en: "War crime" }, feedback: { fr: "Oui.", en: "Yes." } }
          - { id: fraud, label: { fr: "Fraude", en: "Fraud" }, feedback: { fr: "Non.", en: "No." } }
        answer: war
        citation: { source: rome-statute-excerpts, quote: "(c) War crimes;" }
      - id: where
        prompt: { fr: "Où siège la Cour ?", en: "Where does the Court sit?" }
        options:
          - { id: hague, label: { fr: "La Haye", en: "The Hague" }, feedback: { fr: "Oui.", en: "Yes." } }
          - { id: ny, label: { fr: "New York", en: "New York" }, feedback: { fr: "L’ONU.", en: "The UN." } }
        answer: hague
        citation:
          source: rome-statute-en
          quote: "The seat of the Court shall be established at The Hague in the Netherlands"
          translation: { fr: "Le siège de la Cour est établi à La Haye, aux Pays-Bas" }
    explanation: { fr: "Article 8.", en: "Article 8." }
    citations: [{ source: rome-statute-excerpts, quote: "(c) War crimes;" }]
`;

type Raw = Record<string, unknown> & { questions: Record<string, unknown>[] };

function valid(): Raw {
	return parse(VALID) as Raw;
}

/** The valid quiz with one change made to the question of that id. */
// two accounts of what the ICC is, for a comparison ("One event, several accounts")
const ACCOUNTS = [
	{ id: 'trt', source: 'trt-2025-07-cyberattaque-cpi', speaker: { fr: 'TRT', en: 'TRT' }, evidence: { fr: 'aucune', en: 'none' }, wording: 'l’institution judiciaire onusienne', translation: { en: 'the UN judicial institution' } },
	{
		id: 'charter',
		source: 'un-charter',
		speaker: { fr: 'La Charte', en: 'The Charter' },
		evidence: { fr: 'un traité', en: 'a treaty' },
		wording: 'The International Court of Justice shall be the principal judicial organ of the United Nations.',
		translation: { fr: 'La Cour internationale de Justice constitue l’organe judiciaire principal des Nations Unies.' }
	}
];

function withQuestion(id: string, change: (question: Record<string, any>) => void): Raw {
	const raw = valid();
	const question = raw.questions.find((entry) => entry.id === id);
	if (question === undefined) throw new Error(`no question ${id} in the sample`);
	change(question);
	return raw;
}

describe('parseQuiz: a valid quiz', () => {
	const quiz = parseQuiz(valid(), FILE);

	it('reads every question, in order, keeping module and pass mark', () => {
		expect(quiz.module).toBe('01-jurisdiction');
		expect(quiz.passMark).toBe(0.7);
		expect(quiz.questions.map((question) => [question.type, question.view.id])).toEqual([
			['single', 'j-seat'],
			['multiple', 'j-crimes'],
			['truefalse', 'j-un'],
			['short', 'j-treaty'],
			['numeric', 'j-parties'],
			['ordering', 'j-steps'],
			['matching', 'j-match'],
			['cloze', 'j-cloze'],
			['case', 'j-case']
		]);
	});

	it('splits a case into decisions shown (prompts, options) and decided (answers, feedback, citations)', () => {
		const found = quiz.questions.find((question) => question.type === 'case');
		expect(found?.view).toMatchObject({
			type: 'case',
			prompt: { en: 'A commander has a hospital shelled.' },
			decisions: [
				{ id: 'crime', prompt: { en: 'Which crime?' }, options: [{ id: 'war' }, { id: 'fraud' }] },
				{ id: 'where', prompt: { fr: 'Où siège la Cour ?' }, options: [{ id: 'hague' }, { id: 'ny' }] }
			]
		});
		expect(found?.key).toMatchObject({
			answer: { crime: 'war', where: 'hague' },
			feedback: { crime: { fraud: { en: 'No.' } }, where: { ny: { fr: 'L’ONU.' } } },
			decisionCitations: { where: { source: 'rome-statute-en', translation: { fr: 'Le siège de la Cour est établi à La Haye, aux Pays-Bas' } } }
		});
		// the decisions' citations join the question's, each once, so that every citation check sees them
		expect(found?.key.citations.map((c) => c.source)).toEqual(['rome-statute-excerpts', 'rome-statute-en']);
	});

	it('takes a comparison of accounts: the accounts on the view, their wordings among the citations, up to eight decisions', () => {
		const raw = withQuestion('j-case', (q) => {
			q.accounts = ACCOUNTS;
			q.decisions = Array.from({ length: 6 }, (_, i) => ({ ...q.decisions[i % 2], id: `d${i}` }));
		});
		const found = parseQuiz(raw, 'lessons/01-jurisdiction/quiz.yaml').questions.find((question) => question.type === 'case');
		if (found?.type !== 'case') throw new Error('no case');
		expect(found.view.decisions).toHaveLength(6);
		expect(found.view.accounts?.map((a) => [a.id, a.source, a.speaker.en, a.wording])).toEqual(ACCOUNTS.map((a) => [a.id, a.source, a.speaker.en, a.wording]));
		expect(found.key.citations).toEqual(expect.arrayContaining([{ source: 'un-charter', quote: ACCOUNTS[1].wording, translation: ACCOUNTS[1].translation }]));
	});

	it('keeps the answer key out of the view', () => {
		for (const question of quiz.questions) {
			const view = JSON.stringify(question.view);
			for (const field of ['answer', 'accepted', 'feedback', 'explanation', 'citation', 'citations', 'tolerance', 'range']) {
				expect(view).not.toContain(`"${field}"`);
			}
		}
	});

	it('splits each question into view and key', () => {
		const [single, , , short, numeric, ordering, , cloze] = quiz.questions;
		expect(single).toEqual({
			type: 'single',
			view: {
				id: 'j-seat',
				type: 'single',
				objectives: ['what-is-icc'],
				scenario: false,
				prompt: { fr: 'Où siège la Cour ?', en: 'Where does the Court sit?' },
				hints: [{ fr: 'Pays-Bas', en: 'Netherlands' }],
				options: [
					{ id: 'a', label: { fr: 'La Haye', en: 'The Hague' } },
					{ id: 'b', label: { fr: 'New York', en: 'New York' } }
				]
			},
			key: {
				type: 'single',
				answer: 'a',
				feedback: { b: { fr: 'C’est le siège de l’ONU.', en: 'That is the UN’s seat.' } },
				explanation: { fr: 'Article 3.', en: 'Article 3.' },
				citations: [
					{
						source: 'rome-statute-en',
						quote: 'The seat of the Court shall be established at The Hague in the Netherlands',
						translation: { fr: 'Le siège de la Cour est établi à La Haye, aux Pays-Bas' }
					}
				]
			}
		});
		expect(short?.view).toMatchObject({ placeholder: { fr: 'Nom du traité', en: 'Treaty name' } });
		expect(numeric?.key).toMatchObject({ answer: 125, bounds: { kind: 'range', min: 124, max: 125 } });
		expect(numeric?.view).toMatchObject({ unit: { fr: 'États', en: 'States' } });
		expect(ordering?.key).toMatchObject({ order: ['adopt', 'force'] });
		expect(cloze?.key).toMatchObject({ answer: { kind: 'compl' } });
		expect(quiz.questions[2]?.view.hints).toEqual([]);
	});

	it('reads a tolerance', () => {
		const raw = withQuestion('j-parties', (question) => {
			delete question.range;
			question.tolerance = 2;
		});
		expect(parseQuiz(raw, FILE).questions[4]?.key).toMatchObject({ bounds: { kind: 'tolerance', tolerance: 2 } });
	});

	it('produces questions whose key answers grade as right', () => {
		for (const question of quiz.questions) {
			expect(grade(question, keyInput(question))).toMatchObject({ kind: 'graded', correct: true });
		}
	});
});

describe('parseQuiz: mistakes name the file, the question and the problem', () => {
	it.each<[string, Raw, string]>([
		[
			'an answer that is not an option',
			withQuestion('j-seat', (q) => (q.answer = 'x')),
			'question "j-seat": answer: "x" is not one of the option ids (a, b)'
		],
		[
			'a multiple answer that is not an option',
			withQuestion('j-crimes', (q) => (q.answer = ['a', 'z'])),
			'question "j-crimes": answer[1]: "z" is not one of the option ids (a, b, c)'
		],
		[
			'a multiple question without a correct option',
			withQuestion('j-crimes', (q) => (q.answer = [])),
			'question "j-crimes": answer: needs at least one correct option'
		],
		[
			'a wrong single option without feedback',
			withQuestion('j-seat', (q) => delete q.options[1].feedback),
			'question "j-seat": options[1].feedback: missing: wrong option "b" needs feedback'
		],
		[
			'a wrong multiple option without feedback',
			withQuestion('j-crimes', (q) => delete q.options[1].feedback),
			'question "j-crimes": options[1].feedback: missing: wrong option "b" needs feedback'
		],
		[
			'a cloze marker missing in English',
			withQuestion('j-cloze', (q) => (q.text.en = 'The Court is complementary.')),
			'question "j-cloze": text.en: no [[…]] marker for blank(s) kind'
		],
		[
			'a cloze marker naming no blank, in French',
			withQuestion('j-cloze', (q) => (q.text.fr = 'La Cour est [[kind]] et [[other]].')),
			'question "j-cloze": text.fr: marker(s) [[other]] name no blank (blanks: kind)'
		],
		[
			'a cloze marker written twice',
			withQuestion('j-cloze', (q) => (q.text.fr = '[[kind]] et [[kind]]')),
			'question "j-cloze": text.fr: marker(s) [[kind]] appear more than once'
		],
		[
			'a cloze answer that is not one of the blank’s options',
			withQuestion('j-cloze', (q) => (q.blanks[0].answer = 'other')),
			'question "j-cloze": blanks[0].answer: "other" is not one of the option ids (compl, super)'
		],
		[
			'a case decision whose answer is not one of its options',
			withQuestion('j-case', (q) => (q.decisions[1].answer = 'geneva')),
			'question "j-case": decisions[1].answer: "geneva" is not one of the option ids (hague, ny)'
		],
		[
			'a case decision without citation',
			withQuestion('j-case', (q) => delete q.decisions[0].citation),
			'question "j-case": decisions[0].citation: missing'
		],
		[
			'a case option without feedback',
			withQuestion('j-case', (q) => delete q.decisions[0].options[1].feedback),
			'question "j-case": decisions[0].options[1].feedback: missing'
		],
		[
			'a case decision without its English prompt',
			withQuestion('j-case', (q) => delete q.decisions[1].prompt.en),
			'question "j-case": decisions[1].prompt.en: missing'
		],
		[
			'a case decision id used twice',
			withQuestion('j-case', (q) => (q.decisions[1].id = 'crime')),
			'question "j-case": decisions[1].id: "crime" is used twice'
		],
		[
			'a case option id used twice in a decision',
			withQuestion('j-case', (q) => (q.decisions[0].options[1].id = 'war')),
			'question "j-case": decisions[0].options[1].id: "war" is used twice'
		],
		[
			'a case with one decision',
			withQuestion('j-case', (q) => (q.decisions = q.decisions.slice(0, 1))),
			'question "j-case": decisions: needs at least two decisions'
		],
		[
			'a case with six decisions',
			withQuestion('j-case', (q) =>
				(q.decisions = Array.from({ length: 6 }, (_, i) => ({ ...q.decisions[0], id: `d${i}` })))
			),
			'question "j-case": decisions: has more than five decisions'
		],
		[
			'a comparison of accounts with nine decisions',
			withQuestion('j-case', (q) => {
				q.accounts = ACCOUNTS;
				q.decisions = Array.from({ length: 9 }, (_, i) => ({ ...q.decisions[0], id: `d${i}` }));
			}),
			'question "j-case": decisions: has more than eight decisions'
		],
		[
			'a comparison of one account',
			withQuestion('j-case', (q) => (q.accounts = ACCOUNTS.slice(0, 1))),
			'question "j-case": accounts: compares at least two accounts'
		],
		[
			'an account id used twice',
			withQuestion('j-case', (q) => (q.accounts = [ACCOUNTS[0], { ...ACCOUNTS[1], id: ACCOUNTS[0].id }])),
			'question "j-case": accounts[1].id: "trt" is used twice'
		],
		[
			'an account without who is speaking',
			withQuestion('j-case', (q) => (q.accounts = [ACCOUNTS[0], { ...ACCOUNTS[1], speaker: undefined }])),
			'question "j-case": accounts[1].speaker: missing'
		],
		[
			'a case decision with one option',
			withQuestion('j-case', (q) => (q.decisions[0].options = q.decisions[0].options.slice(0, 1))),
			'question "j-case": decisions[0].options: needs at least two options'
		],
		[
			'a case decision with six options',
			withQuestion('j-case', (q) =>
				(q.decisions[0].options = Array.from({ length: 6 }, (_, i) => ({ ...q.decisions[0].options[0], id: `o${i}` })))
			),
			'question "j-case": decisions[0].options: has more than five options'
		],
		[
			'an ordering with one item',
			withQuestion('j-steps', (q) => (q.items = q.items.slice(0, 1))),
			'question "j-steps": items: needs at least two items'
		],
		[
			'a matching answer that leaves an item out',
			withQuestion('j-match', (q) => delete q.answer.art8),
			'question "j-match": answer: no target given for item(s) art8'
		],
		[
			'a matching answer naming an unknown target',
			withQuestion('j-match', (q) => (q.answer.art8 = 'peace')),
			'question "j-match": answer.art8: "peace" is not one of the target ids (genocide, war, fraud)'
		],
		[
			'a matching answer naming an unknown item',
			withQuestion('j-match', (q) => (q.answer.art7 = 'war')),
			'question "j-match": answer.art7: "art7" is not one of the item ids (art6, art8)'
		],
		[
			'a numeric question with both tolerance and range',
			withQuestion('j-parties', (q) => (q.tolerance = 1)),
			'question "j-parties": range: give either tolerance or range, not both'
		],
		[
			'a numeric question with neither tolerance nor range',
			withQuestion('j-parties', (q) => delete q.range),
			'question "j-parties": tolerance: missing: give either tolerance'
		],
		[
			'a numeric answer outside its range',
			withQuestion('j-parties', (q) => (q.range = [100, 120])),
			'question "j-parties": answer: 125 is outside range [100, 120]'
		],
		[
			'a range upside down',
			withQuestion('j-parties', (q) => (q.range = [130, 120])),
			'question "j-parties": range: [130, 120]: min is above max'
		],
		[
			'a negative tolerance',
			withQuestion('j-parties', (q) => {
				delete q.range;
				q.tolerance = -1;
			}),
			'question "j-parties": tolerance: must be 0 or more'
		],
		[
			'a question without citation',
			withQuestion('j-un', (q) => (q.citations = [])),
			'question "j-un": citations: needs at least one citation'
		],
		[
			'a citation quote with an ASCII double quote',
			withQuestion('j-un', (q) => (q.citations[0].quote = 'the "Court"')),
			'question "j-un": citations[0].quote: '
		],
		[
			'a duplicate question id',
			withQuestion('j-un', (q) => (q.id = 'j-seat')),
			'question "j-seat": id: "j-seat" is already the id of questions[0]'
		],
		[
			'a duplicate option id',
			withQuestion('j-crimes', (q) => (q.options[2].id = 'a')),
			'question "j-crimes": options[2].id: "a" is used twice'
		],
		[
			'a missing English translation',
			withQuestion('j-treaty', (q) => delete q.prompt.en),
			'question "j-treaty": prompt.en: missing'
		],
		[
			'a misspelt field',
			withQuestion('j-treaty', (q) => (q.placehoder = q.placeholder)),
			'question "j-treaty": placehoder: unknown field'
		],
		[
			'an unknown type',
			withQuestion('j-treaty', (q) => (q.type = 'essay')),
			'question "j-treaty": type: "essay": must be one of'
		],
		[
			'an accepted answer made only of punctuation',
			withQuestion('j-treaty', (q) => (q.accepted.en = ['?!'])),
			'question "j-treaty": accepted.en[0]: "?!" is empty once case, accents and punctuation are ignored'
		],
		[
			'a missing scenario flag',
			withQuestion('j-un', (q) => delete q.scenario),
			'question "j-un": scenario: missing'
		],
		[
			'a truefalse answer written as a string',
			withQuestion('j-un', (q) => (q.answer = 'false')),
			'question "j-un": answer: must be true or false'
		],
		[
			'a question without id, named by its index',
			withQuestion('j-steps', (q) => delete q.id),
			'questions[5]: id: missing'
		]
	])('%s', (_, raw, problem) => {
		expect(() => parseQuiz(raw, FILE)).toThrow(`${FILE}: ${problem}`);
	});

	it.each<[string, unknown, string]>([
		['a pass mark above 1', { ...valid(), passMark: 70 }, 'passMark: must be at most 1'],
		['no questions', { ...valid(), questions: [] }, 'questions: needs at least one question'],
		['a module that is not its folder', { ...valid(), module: '02-cyber' }, 'module: "02-cyber" differs from the folder "01-jurisdiction"'],
		['not a mapping at all', 'questions', 'must be a mapping (got "questions")'],
		['questions that are not a list', { ...valid(), questions: 3 }, 'questions: must be a list (got 3)']
	])('quiz level: %s', (_, raw, problem) => {
		expect(() => parseQuiz(raw, FILE)).toThrow(`${FILE}: ${problem}`);
	});

	it('reports every problem, one per line', () => {
		const raw = withQuestion('j-seat', (q) => (q.answer = 'x'));
		(raw.questions[1] as Record<string, unknown>).answer = ['a', 'c', 'z'];
		let message = '';
		try {
			parseQuiz(raw, FILE);
		} catch (error) {
			message = (error as Error).message;
		}
		const lines = message.split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toContain('question "j-seat": answer');
		expect(lines[1]).toContain('question "j-crimes": answer[2]');
	});
});

// An evidence question (issue 24), as an author writes it: the passage's sentences, verbatim in the
// source, each with feedback; the key sentences; no citations needed (the key sentences are).
const EVIDENCE = `
module: 04-pressure
passMark: 0.7
questions:
  - id: ev-sample
    type: evidence
    objectives: [source-method]
    scenario: false
    prompt: { fr: "Lisez cet extrait.", en: "Read this passage." }
    claim: { fr: "La politique est déjà publiée.", en: "The policy is already published." }
    stance: contradicts
    source: cpi-bdp-2024-01-22-conference-cyber
    sentences:
      - id: s1
        text: "Durant les débats, les experts ont abordé des thèmes"
        translation: { en: "During the discussions, the experts addressed topics" }
        feedback: { fr: "Rien sur la politique.", en: "Nothing about the policy." }
      - id: s2
        text: "qui sera lancée cette année"
        translation: { en: "to be launched this year" }
        feedback: { fr: "Oui : au futur.", en: "Yes: future tense." }
    answer: [s2]
    explanation: { fr: "Au futur.", en: "Future tense." }
`;
const EVIDENCE_FILE = 'lessons/04-pressure/quiz.yaml';

function evidenceWith(change: (question: Record<string, any>) => void): Raw {
	const raw = parse(EVIDENCE) as Raw;
	change(raw.questions[0]!);
	return raw;
}

describe('parseQuiz: an evidence question', () => {
	it('shows the claim, the stance and the passage; keeps the key sentences and every sentence’s feedback in the key; cites the key sentences', () => {
		const [question] = parseQuiz(parse(EVIDENCE), EVIDENCE_FILE).questions;
		if (question?.type !== 'evidence') throw new Error('expected an evidence question');
		expect(question.view).toMatchObject({
			stance: 'contradicts',
			source: 'cpi-bdp-2024-01-22-conference-cyber',
			claim: { en: 'The policy is already published.' },
			sentences: [
				{ id: 's1', text: 'Durant les débats, les experts ont abordé des thèmes', translation: { en: 'During the discussions, the experts addressed topics' } },
				{ id: 's2', text: 'qui sera lancée cette année' }
			]
		});
		expect(JSON.stringify(question.view)).not.toContain('Yes: future tense.');
		expect(question.key.answer).toEqual(['s2']);
		expect(Object.keys(question.key.feedback)).toEqual(['s1', 's2']);
		expect(question.key.citations).toEqual([
			{ source: 'cpi-bdp-2024-01-22-conference-cyber', quote: 'qui sera lancée cette année', translation: { en: 'to be launched this year' } }
		]);
		expect(grade(question, keyInput(question))).toMatchObject({ score: 1 });
	});

	it.each<[string, Raw, string]>([
		['a key of every sentence (the whole passage would earn the marks)', evidenceWith((q) => (q.answer = ['s1', 's2'])), 'question "ev-sample": answer: names every sentence: at least one sentence must be outside the key'],
		['a key sentence that is not in the passage', evidenceWith((q) => (q.answer = ['s3'])), 'question "ev-sample": answer[0]: "s3" is not one of the sentence ids (s1, s2)'],
		['a key sentence twice', evidenceWith((q) => (q.answer = ['s2', 's2'])), 'question "ev-sample": answer[1]: "s2" is listed twice'],
		['no key sentence', evidenceWith((q) => (q.answer = [])), 'question "ev-sample": answer: needs at least one key sentence'],
		['a sentence without feedback', evidenceWith((q) => delete q.sentences[0].feedback), 'question "ev-sample": sentences[0].feedback: missing'],
		['a sentence id used twice', evidenceWith((q) => (q.sentences[1].id = 's1')), 'question "ev-sample": sentences[1].id: "s1" is used twice'],
		['a stance that is not one of the three', evidenceWith((q) => (q.stance = 'refutes')), 'question "ev-sample": stance: must be supports, contradicts or silent'],
		['a passage of one sentence', evidenceWith((q) => q.sentences.pop()), 'question "ev-sample": sentences: needs at least two sentences']
	])('refuses %s', (_, raw, problem) => {
		expect(() => parseQuiz(raw, EVIDENCE_FILE)).toThrow(`${EVIDENCE_FILE}: ${problem}`);
	});
});
