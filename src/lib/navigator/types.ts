// The navigator's model ("Can the Court act?", issue 23): a graph of questions, each answer leading
// to the next question or to an outcome. Pure data, no Svelte, no DOM, relative imports only: the
// same types describe the graph as authored (both languages, `Text` = { fr, en }) and as one page
// sends it to the browser (`Text` = string). The content file is lessons/navigator.yaml, read by
// src/lib/content/navigator.ts.

/** What an outcome says of the Court: it can act, it cannot, or not for now (a pause, a pending national case, nobody has asked it yet). */
export type Verdict = 'can-act' | 'cannot-act' | 'not-now';

export const VERDICTS: readonly Verdict[] = ['can-act', 'cannot-act', 'not-now'];

export interface NavOption<Text> {
	/** unique within its question */
	id: string;
	label: Text;
	/** the id of the next question or of an outcome */
	next: string;
}

export interface NavQuestion<Text, Cite> {
	id: string;
	/** the article the question applies, short: "Rome Statute, art. 12(2)" */
	article: Text;
	/** id of the module 1 step that teaches it */
	step: string;
	prompt: Text;
	help: Text;
	options: NavOption<Text>[];
	/** the quotations of the article it applies: at least one */
	citations: Cite[];
}

export interface NavOutcome<Text, Cite> {
	id: string;
	verdict: Verdict;
	/** the article that decides it */
	article: Text;
	text: Text;
	step?: string;
	citations: Cite[];
}

export interface NavGraph<Text = string, Cite = unknown> {
	/** id of the first question */
	start: string;
	questions: Record<string, NavQuestion<Text, Cite>>;
	outcomes: Record<string, NavOutcome<Text, Cite>>;
}

/**
 * A path is the answers given from the first question, in order: option ids. The question each
 * answers follows from the graph (the first question, then each option's `next`).
 */
export type NavPath = readonly string[];

/** One answered question of a path. */
export interface WalkedStep {
	question: string;
	option: string;
}

/** Where a path stands: the next question to answer, or the outcome reached. */
export type Position = { kind: 'question'; id: string } | { kind: 'outcome'; id: string };

export type WalkError =
	/** an answer is not an option of the question it answers */
	| 'unknown-option'
	/** answers go on after an outcome was reached */
	| 'past-outcome'
	/** an option leads to no node (only in a graph that failed its checks) */
	| 'unknown-node';

export type WalkResult = { ok: true; steps: WalkedStep[]; at: Position } | { ok: false; error: WalkError; index: number };
