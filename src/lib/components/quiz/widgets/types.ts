// Props shared by every question widget. A widget is controlled: it shows `input` and reports each
// change with `onchange(next)`, a NEW value; it never mutates `input` (the parent stores it).
import type { Snippet } from 'svelte';
import type { ResolvedCitation } from '$lib/content/citation-types';
import type { InputOf, LearnerInput, Locale, QuestionType, QuestionView, ViewOf } from '$lib/quiz/types';

export type WidgetProps<T extends QuestionType> = {
	/** what the page shows for the question */
	view: ViewOf<T>;
	/** language of the lesson text (`view.prompt[lang]`…) and of the widget's own strings */
	lang: Locale;
	/** unique prefix for the element ids of this widget (radio names, aria-describedby targets…) */
	idPrefix: string;
	/** the learner's current input */
	input: InputOf<T>;
	/** called with a new input on every change */
	onchange: (next: InputOf<T>) => void;
	/**
	 * display order of ids: options (single, multiple), items (ordering: the starting order, used
	 * while `input` is empty), targets (matching). Ignored by truefalse, short, numeric, cloze and case.
	 * Unknown ids are dropped and missing ones appended in authored order, so [] is safe.
	 */
	order: string[];
	/** disables every control (answer graded right, or shown) */
	locked: boolean;
	/** correctness per part (option, item, blank or decision id, or 'answer'): shows ✓/✗ and a word */
	marks?: Record<string, boolean>;
	/**
	 * already-localized feedback shown under a chosen option (truefalse: keys 'true' / 'false';
	 * case: `decisionId/optionId`)
	 */
	optionFeedback?: Record<string, string>;
};

export type SingleChoiceProps = WidgetProps<'single'>;
export type MultipleChoiceProps = WidgetProps<'multiple'>;
export type TrueFalseProps = WidgetProps<'truefalse'>;
export type ShortTextProps = WidgetProps<'short'>;
export type NumericAnswerProps = WidgetProps<'numeric'>;
export type OrderingProps = WidgetProps<'ordering'>;
export type MatchingProps = WidgetProps<'matching'>;
export type ClozeProps = WidgetProps<'cloze'> & {
	/** per blank id, the display order of its options (Attempt.partOptionOrders[questionId]) */
	partOrders?: Record<string, string[]>;
};
export type EvidenceProps = WidgetProps<'evidence'>;
export type CaseProps = WidgetProps<'case'> & {
	/** per decision id, the display order of its options (Attempt.partOptionOrders[questionId]) */
	partOrders?: Record<string, string[]>;
	/** once graded: per decision id, the article that decides it (partCitationsOf) */
	partCitations?: Record<string, ResolvedCitation>;
	/** draws a quotation: the caller's, with the site's Cite (see Case.svelte for why) */
	cite?: Snippet<[ResolvedCitation]>;
};

/**
 * The dispatcher takes any view with the loose LearnerInput union (e.g. restored from storage):
 * the input is read as the shape the view's type expects (coerceInput) before the widget sees it.
 */
export type QuestionWidgetProps = Omit<WidgetProps<QuestionType>, 'view' | 'input' | 'onchange'> & {
	view: QuestionView;
	input: LearnerInput;
	onchange: (next: LearnerInput) => void;
	/** cloze and case: see ClozeProps, CaseProps */
	partOrders?: Record<string, string[]>;
	/** case: see CaseProps */
	partCitations?: Record<string, ResolvedCitation>;
	cite?: Snippet<[ResolvedCitation]>;
};
