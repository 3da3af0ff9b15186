// Walking the navigator's graph (types.ts): where a path leads, one more answer, every path, and the
// checks a graph must pass before a page is built from it (src/lib/content/navigator.ts fails the
// build on any of them).
import type { NavGraph, NavPath, Position, WalkResult, WalkedStep } from './types';

type AnyGraph = NavGraph<unknown, unknown>;

function positionOf(graph: AnyGraph, id: string): Position | undefined {
	if (Object.hasOwn(graph.questions, id)) return { kind: 'question', id };
	if (Object.hasOwn(graph.outcomes, id)) return { kind: 'outcome', id };
	return undefined;
}

/** Follows a path from the first question: the questions answered and where it stands, or what is wrong and at which answer. Never throws. */
export function walk(graph: AnyGraph, path: NavPath): WalkResult {
	let at = positionOf(graph, graph.start);
	if (!at) return { ok: false, error: 'unknown-node', index: 0 };
	const steps: WalkedStep[] = [];
	for (let index = 0; index < path.length; index++) {
		if (at.kind === 'outcome') return { ok: false, error: 'past-outcome', index };
		const question = graph.questions[at.id];
		const option = question.options.find((o) => o.id === path[index]);
		if (!option) return { ok: false, error: 'unknown-option', index };
		steps.push({ question: question.id, option: option.id });
		const next = positionOf(graph, option.next);
		if (!next) return { ok: false, error: 'unknown-node', index };
		at = next;
	}
	return { ok: true, steps, at };
}

/** The path with one more answer to the question it stands at, or why not (it has reached an outcome, or the option is not one of that question's). */
export function step(graph: AnyGraph, path: NavPath, optionId: string): { ok: true; path: string[] } | { ok: false; error: 'invalid-path' | 'at-outcome' | 'unknown-option' } {
	const walked = walk(graph, path);
	if (!walked.ok) return { ok: false, error: 'invalid-path' };
	if (walked.at.kind === 'outcome') return { ok: false, error: 'at-outcome' };
	const question = graph.questions[walked.at.id];
	if (!question.options.some((o) => o.id === optionId)) return { ok: false, error: 'unknown-option' };
	return { ok: true, path: [...path, optionId] };
}

/** The path without its last answer (the start stays the start). */
export function back(path: NavPath): string[] {
	return path.slice(0, -1);
}

/** The outcome a path reaches, or undefined when it stops at a question or is not a path of the graph. */
export function outcomeOf(graph: AnyGraph, path: NavPath): string | undefined {
	const walked = walk(graph, path);
	return walked.ok && walked.at.kind === 'outcome' ? walked.at.id : undefined;
}

/** One complete path: the answers, the questions they answer, and the outcome reached. */
export interface FullPath {
	path: string[];
	questions: string[];
	outcome: string;
}

/**
 * Every path from the first question to an outcome, depth first in the options' order. The graph
 * must have passed `checkGraph` (a cycle would never end: it throws instead, naming it).
 */
export function allPaths(graph: AnyGraph): FullPath[] {
	const found: FullPath[] = [];
	const visit = (id: string, path: string[], questions: string[]) => {
		if (Object.hasOwn(graph.outcomes, id)) {
			found.push({ path, questions, outcome: id });
			return;
		}
		if (questions.includes(id)) throw new Error(`navigator: cycle through "${id}"`);
		const question = graph.questions[id];
		if (!question) throw new Error(`navigator: no question or outcome "${id}"`);
		for (const option of question.options) visit(option.next, [...path, option.id], [...questions, id]);
	};
	visit(graph.start, [], []);
	return found;
}

/**
 * What is wrong with a graph's shape, one problem per line ([] when nothing): the start, an unknown
 * `next`, an id used twice (a question and an outcome, or two options of a question), a question
 * without options, a node no path reaches, a cycle, a node without citations.
 */
export function checkGraph(graph: AnyGraph): string[] {
	const problems: string[] = [];
	if (!Object.hasOwn(graph.questions, graph.start)) problems.push(`start: "${graph.start}" is not a question`);
	for (const id of Object.keys(graph.questions)) {
		if (Object.hasOwn(graph.outcomes, id)) problems.push(`"${id}" is both a question and an outcome`);
	}
	for (const [id, question] of Object.entries(graph.questions)) {
		if (question.options.length < 2) problems.push(`question "${id}": needs at least two options`);
		if (question.citations.length === 0) problems.push(`question "${id}": needs a citation`);
		const seen = new Set<string>();
		question.options.forEach((option, index) => {
			if (seen.has(option.id)) problems.push(`question "${id}": options[${index}]: id "${option.id}" is used twice`);
			seen.add(option.id);
			if (!positionOf(graph, option.next)) problems.push(`question "${id}": options[${index}] (${option.id}): next "${option.next}" is no question or outcome`);
		});
	}
	for (const [id, outcome] of Object.entries(graph.outcomes)) {
		if (outcome.citations.length === 0) problems.push(`outcome "${id}": needs a citation`);
	}
	// Reachability and cycles, by a depth-first walk that colours nodes (on the stack / done).
	const state = new Map<string, 'open' | 'done'>();
	const visit = (id: string, trail: string[]) => {
		if (!Object.hasOwn(graph.questions, id)) {
			if (Object.hasOwn(graph.outcomes, id)) state.set(id, 'done');
			return;
		}
		const seen = state.get(id);
		if (seen === 'open') {
			problems.push(`cycle: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`);
			return;
		}
		if (seen === 'done') return;
		state.set(id, 'open');
		for (const option of graph.questions[id].options) visit(option.next, [...trail, id]);
		state.set(id, 'done');
	};
	if (Object.hasOwn(graph.questions, graph.start)) visit(graph.start, []);
	for (const id of [...Object.keys(graph.questions), ...Object.keys(graph.outcomes)]) {
		if (!state.has(id)) problems.push(`"${id}": no path from "${graph.start}" reaches it`);
	}
	return problems;
}
