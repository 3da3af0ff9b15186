// The quiz model. A question is split in two, as Khan Academy's Perseus does:
// - its VIEW: everything a page needs to show the question (prompt, options, items…);
// - its KEY: everything that says what is right (answer, accepted answers, tolerance, feedback,
//   explanation, citations).
// Graders read the key; renderers read the view. An exam mode can then send the views alone and
// keep the keys until the end. Note: ordering items are stored in the view in their authored
// order, which IS the answer; a page must always show them in the shuffled order of the attempt.

import type { Citation } from '../content/citation-types';
import type { Locale, Localized } from '../i18n';

// The site's languages are defined once, in src/lib/i18n.ts; the one citation type (a quote as
// authored) in src/lib/content/citation-types.ts, shared with the content loaders.
export type { Citation, Locale, Localized };

export const QUESTION_TYPES = [
	'single',
	'multiple',
	'truefalse',
	'short',
	'numeric',
	'ordering',
	'matching',
	'cloze',
	'case',
	'evidence'
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Something the learner picks or arranges: an option, an ordering item, a matching item or target. */
export type Choice = { id: string; label: Localized };

// ——— Views ———

type ViewBase = {
	id: string;
	/** objective ids of the module's lesson that this question checks */
	objectives: string[];
	/** true when the question applies the rules to a case */
	scenario: boolean;
	prompt: Localized;
	/** revealed one at a time; may be empty */
	hints: Localized[];
};

export type SingleView = ViewBase & { type: 'single'; options: Choice[] };
export type MultipleView = ViewBase & { type: 'multiple'; options: Choice[] };
export type TrueFalseView = ViewBase & { type: 'truefalse' };
export type ShortView = ViewBase & { type: 'short'; placeholder?: Localized };
export type NumericView = ViewBase & { type: 'numeric'; unit?: Localized };
export type OrderingView = ViewBase & { type: 'ordering'; items: Choice[] };
export type MatchingView = ViewBase & {
	type: 'matching';
	/** left column */
	items: Choice[];
	/** right column; may hold more entries than items (distractors) */
	targets: Choice[];
};
export type ClozeBlank = { id: string; options: Choice[] };
export type ClozeView = ViewBase & {
	type: 'cloze';
	/** the text with blanks written [[blankId]] */
	text: Localized;
	blanks: ClozeBlank[];
};

/** One decision of a case: its question and the options to choose from (one right). */
export type CaseDecision = { id: string; prompt: Localized; options: Choice[] };
/**
 * One account of an event, in a case that compares several ("One event, several accounts", issue
 * 24): who speaks in it, on what kind of evidence, and its exact wording, verbatim in `source` with
 * our translation into each page language that differs from the wording's. Where it comes from
 * (publisher, date) is put on it when the content loads (content/evidence.ts), as on an evidence
 * passage. Never a label of political side: provenance and evidence only.
 */
export type CaseAccount = {
	id: string;
	/** id in sources/catalog.yaml */
	source: string;
	/** the wording's language when it differs from the source's main one */
	lang?: Locale;
	/** who is speaking in this account (the outlet itself, a person it quotes, an unnamed source…) */
	speaker: Localized;
	/** what the account rests on: a document, a named witness, an anonymous source, another outlet */
	evidence: Localized;
	/** the exact words, verbatim in the source */
	wording: string;
	translation?: Partial<Record<Locale, string>>;
	origin?: EvidenceOrigin;
};
export type CaseView = ViewBase & {
	type: 'case';
	/** the facts are the prompt; then 2–5 decisions (2–8 when it compares accounts), each answered by one of its options */
	decisions: CaseDecision[];
	/** the accounts of one event, shown side by side before the decisions (a comparison) */
	accounts?: CaseAccount[];
};

/**
 * One sentence of an evidence passage: verbatim in its source's language (`text`), with our
 * translation into each page language that differs from it (as a citation's `translation`).
 */
export type EvidenceSentence = { id: string; text: string; translation?: Partial<Record<Locale, string>> };
/** What the learner looks for: the sentences that support the claim, contradict it, or say nothing about it. */
export type EvidenceStance = 'supports' | 'contradicts' | 'silent';
/**
 * Where a passage comes from, as the catalog says, and the passage's language (set when the content
 * loads: content/evidence.ts).
 */
export type EvidenceOrigin = { publisher: string; date: string; title: string; short: Localized; lang: Locale };
export type EvidenceView = ViewBase & {
	type: 'evidence';
	/** the claim the sentences are weighed against */
	claim: Localized;
	stance: EvidenceStance;
	/** id in sources/catalog.yaml of the source every sentence is quoted from */
	source: string;
	/** the passage's language when it differs from the source's main one */
	lang?: Locale;
	origin?: EvidenceOrigin;
	/** the passage, in the source's order (never shuffled: it is a text) */
	sentences: EvidenceSentence[];
};

export type QuestionView =
	| SingleView
	| MultipleView
	| TrueFalseView
	| ShortView
	| NumericView
	| OrderingView
	| MatchingView
	| ClozeView
	| CaseView
	| EvidenceView;

// ——— Keys ———

type KeyBase = {
	/** why the answer is right, shown after answering */
	explanation: Localized;
	/** at least one; they back the correct answer */
	citations: Citation[];
};

/** Feedback per option id; wrong options always have one, right ones may. */
export type OptionFeedback = Record<string, Localized>;

export type SingleKey = KeyBase & { type: 'single'; answer: string; feedback: OptionFeedback };
export type MultipleKey = KeyBase & { type: 'multiple'; answer: string[]; feedback: OptionFeedback };
export type TrueFalseKey = KeyBase & {
	type: 'truefalse';
	answer: boolean;
	/** what to say to each choice */
	feedback: { true: Localized; false: Localized };
};
export type ShortKey = KeyBase & {
	type: 'short';
	/** both lists are accepted whatever the page language */
	accepted: { fr: string[]; en: string[] };
};
/** How far from the answer a number may be: ± tolerance, or an inclusive range. */
export type NumericBounds =
	| { kind: 'tolerance'; tolerance: number }
	| { kind: 'range'; min: number; max: number };
export type NumericKey = KeyBase & { type: 'numeric'; answer: number; bounds: NumericBounds };
export type OrderingKey = KeyBase & {
	type: 'ordering';
	/** item ids in the correct order */
	order: string[];
};
export type MatchingKey = KeyBase & {
	type: 'matching';
	/** itemId → targetId, one entry per item */
	answer: Record<string, string>;
};
export type ClozeKey = KeyBase & {
	type: 'cloze';
	/** blankId → optionId, one entry per blank */
	answer: Record<string, string>;
};

export type CaseKey = KeyBase & {
	type: 'case';
	/** decisionId → optionId, one entry per decision */
	answer: Record<string, string>;
	/** decisionId → feedback per option id (every option has one: why right, why not) */
	feedback: Record<string, OptionFeedback>;
	/**
	 * decisionId → the article that decides it. Each is also in `citations` (the schema adds it), so
	 * that everything that resolves or checks a question's citations sees the decisions' too.
	 */
	decisionCitations: Record<string, Citation>;
	/**
	 * The facts as answers to the navigator's questions, and where they lead (a question or an
	 * outcome id); `share` is the navigator's link text for that path (`#p=…`), set when the content
	 * loads, where the navigator's model is (content/case-navigator.ts). Part of the key: the path
	 * gives answers away.
	 */
	navigator?: CaseNavigator;
};
export type CaseNavigator = { path: string[]; at: string; share?: string };

export type EvidenceKey = KeyBase & {
	type: 'evidence';
	/** the ids of the sentences that do what the question asks (at least one, never all) */
	answer: string[];
	/** feedback per sentence id: every sentence has one (why it does, or does not) */
	feedback: OptionFeedback;
};

export type QuestionKey =
	| SingleKey
	| MultipleKey
	| TrueFalseKey
	| ShortKey
	| NumericKey
	| OrderingKey
	| MatchingKey
	| ClozeKey
	| CaseKey
	| EvidenceKey;

// ——— Learner input (what the page holds while the learner answers) ———

export type SingleInput = string | null;
export type MultipleInput = string[];
export type TrueFalseInput = boolean | null;
/** what was typed */
export type ShortInput = string;
/** what was typed: "1 000", "2,5", "-3" */
export type NumericInput = string;
/** item ids in the order currently shown to the learner */
export type OrderingInput = string[];
/** itemId → targetId (null: not matched yet) */
export type MatchingInput = Record<string, string | null>;
/** blankId → optionId (null: not filled yet) */
export type ClozeInput = Record<string, string | null>;
/** decisionId → optionId (null: not decided yet) */
export type CaseInput = Record<string, string | null>;
/** the ids of the sentences selected */
export type EvidenceInput = string[];

export type LearnerInput =
	| SingleInput
	| MultipleInput
	| TrueFalseInput
	| ShortInput
	| NumericInput
	| OrderingInput
	| MatchingInput
	| ClozeInput
	| CaseInput
	| EvidenceInput;

// ——— Questions, quizzes ———

/** The view, key and input types of each question type. */
export type QuestionParts = {
	single: { view: SingleView; key: SingleKey; input: SingleInput };
	multiple: { view: MultipleView; key: MultipleKey; input: MultipleInput };
	truefalse: { view: TrueFalseView; key: TrueFalseKey; input: TrueFalseInput };
	short: { view: ShortView; key: ShortKey; input: ShortInput };
	numeric: { view: NumericView; key: NumericKey; input: NumericInput };
	ordering: { view: OrderingView; key: OrderingKey; input: OrderingInput };
	matching: { view: MatchingView; key: MatchingKey; input: MatchingInput };
	cloze: { view: ClozeView; key: ClozeKey; input: ClozeInput };
	case: { view: CaseView; key: CaseKey; input: CaseInput };
	evidence: { view: EvidenceView; key: EvidenceKey; input: EvidenceInput };
};

export type ViewOf<T extends QuestionType> = QuestionParts[T]['view'];
export type KeyOf<T extends QuestionType> = QuestionParts[T]['key'];
export type InputOf<T extends QuestionType> = QuestionParts[T]['input'];

/** `type` is repeated at the top so that a switch on `question.type` narrows view and key together. */
export type QuestionOf<T extends QuestionType> = { type: T; view: ViewOf<T>; key: KeyOf<T> };

export type Question = { [T in QuestionType]: QuestionOf<T> }[QuestionType];

export type Quiz = {
	module: string;
	/** share of the total needed to pass, in (0, 1] */
	passMark: number;
	questions: Question[];
};

// ——— Results: codes, never text (the page translates them) ———

export type InvalidCode =
	| 'no-choice' // single, multiple, truefalse: nothing chosen
	| 'empty-text' // short, numeric: nothing typed
	| 'not-a-number' // numeric: what was typed is not a number
	| 'incomplete-order' // ordering: not every item placed (count: items missing)
	| 'unmatched' // matching: count = items left without a target
	| 'blank-empty' // cloze: count = blanks left empty
	| 'undecided' // case: count = decisions without one of their options
	| 'no-sentence'; // evidence: no sentence of the passage selected

/** The answer is incomplete: it is not graded (incomplete is not wrong). */
export type Invalid = { kind: 'invalid'; code: InvalidCode; count?: number };

export type Graded = {
	kind: 'graded';
	/** in [0, 1] */
	score: number;
	/** score === 1 */
	correct: boolean;
	/** correctness of each part: option, item, pair, blank or decision id (or 'answer' for one-part types) */
	parts: Record<string, boolean>;
	/**
	 * ids/keys of the feedback that applies: chosen option ids, 'true'/'false', 'too-low'/'too-high';
	 * case: `decisionId/optionId` of each chosen option (caseFeedbackId)
	 */
	feedback: string[];
};

export type GradeResult = Invalid | Graded;

export type Validator<T extends QuestionType> = (input: InputOf<T>, view: ViewOf<T>) => Invalid | null;
export type Scorer<T extends QuestionType> = (
	input: InputOf<T>,
	key: KeyOf<T>,
	view?: ViewOf<T>
) => Graded;
