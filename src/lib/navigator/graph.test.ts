// @vitest-environment node
// Properties of the navigator's model (graph.ts, share.ts), on generated graphs and on the real
// one (lessons/navigator.yaml): no path loops, every path ends at an outcome that names an article,
// every node is reachable, share links round-trip, and nothing given to decodePath makes it throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { navigator } from '../content/navigator';
import { allPaths, back, checkGraph, outcomeOf, step, walk } from './graph';
import { decodePath, encodePath, graphFingerprint } from './share';
import type { NavGraph } from './types';

type G = NavGraph<string, string>;

/**
 * A random graph without cycles: questions q0…qn-1, each option leading to a later question or to
 * an outcome; then only what q0 reaches is kept (checkGraph wants every node reachable).
 */
const graphArb: fc.Arbitrary<G> = fc
	.record({
		questions: fc.integer({ min: 1, max: 7 }),
		outcomes: fc.integer({ min: 1, max: 5 }),
		seeds: fc.array(fc.array(fc.nat(), { minLength: 2, maxLength: 5 }), { minLength: 7, maxLength: 7 })
	})
	.map(({ questions, outcomes, seeds }) => {
		const graph: G = { start: 'q0', questions: {}, outcomes: {} };
		for (let i = 0; i < questions; i++) {
			const targets = [...Array.from({ length: questions - i - 1 }, (_, k) => `q${i + 1 + k}`), ...Array.from({ length: outcomes }, (_, k) => `o${k}`)];
			graph.questions[`q${i}`] = {
				id: `q${i}`,
				article: `art. ${i}`,
				step: 's',
				prompt: `Q${i}?`,
				help: '',
				options: seeds[i].map((seed, k) => ({ id: `a${k}`, label: `A${k}`, next: targets[seed % targets.length] })),
				citations: ['c']
			};
		}
		for (let k = 0; k < outcomes; k++) graph.outcomes[`o${k}`] = { id: `o${k}`, verdict: 'cannot-act', article: `art. o${k}`, text: '', citations: ['c'] };
		// keep what the start reaches
		const reached = new Set<string>();
		const visit = (id: string) => {
			if (reached.has(id)) return;
			reached.add(id);
			graph.questions[id]?.options.forEach((o) => visit(o.next));
		};
		visit('q0');
		for (const id of Object.keys(graph.questions)) if (!reached.has(id)) delete graph.questions[id];
		for (const id of Object.keys(graph.outcomes)) if (!reached.has(id)) delete graph.outcomes[id];
		return graph;
	});

const real = navigator! as unknown as G;

describe('navigator model: generated graphs', () => {
	it('a generated graph passes the checks; every path is loop-free, ends at an outcome, and round-trips as a share link', () => {
		fc.assert(
			fc.property(graphArb, (graph) => {
				expect(checkGraph(graph)).toEqual([]);
				const paths = allPaths(graph);
				expect(paths.length).toBeGreaterThan(0);
				const reached = new Set<string>();
				for (const { path, questions, outcome } of paths) {
					expect(new Set(questions).size).toBe(questions.length);
					expect(outcomeOf(graph, path)).toBe(outcome);
					expect(decodePath(graph, encodePath(graph, path))).toEqual({ ok: true, path });
					questions.forEach((q) => reached.add(q));
					reached.add(outcome);
				}
				expect(reached).toEqual(new Set([...Object.keys(graph.questions), ...Object.keys(graph.outcomes)]));
			})
		);
	});

	it('step builds each path one answer at a time, and refuses an answer past the outcome or not offered', () => {
		fc.assert(
			fc.property(graphArb, fc.string(), (graph, stranger) => {
				for (const { path } of allPaths(graph)) {
					let built: string[] = [];
					for (const answer of path) {
						const next = step(graph, built, answer);
						expect(next.ok).toBe(true);
						if (next.ok) built = next.path;
					}
					expect(built).toEqual(path);
					expect(step(graph, path, path[0])).toEqual({ ok: false, error: 'at-outcome' });
					expect(back(path)).toEqual(path.slice(0, -1));
				}
				if (!graph.questions.q0.options.some((o) => o.id === stranger)) expect(step(graph, [], stranger)).toEqual({ ok: false, error: 'unknown-option' });
			})
		);
	});

	it('a back edge is reported as a cycle, an unknown next and an unreachable node as such', () => {
		fc.assert(
			fc.property(graphArb, (graph) => {
				const looped = structuredClone(graph);
				const last = Object.values(looped.questions).at(-1)!;
				last.options[0].next = 'q0';
				expect(checkGraph(looped).some((p) => p.startsWith('cycle:'))).toBe(true);
				expect(() => allPaths(looped)).toThrow(/cycle/);

				const dangling = structuredClone(graph);
				dangling.questions.q0.options[0].next = 'nowhere';
				expect(checkGraph(dangling).join('\n')).toContain('next "nowhere" is no question or outcome');

				const island = structuredClone(graph);
				island.outcomes.orphan = { id: 'orphan', verdict: 'not-now', article: 'x', text: '', citations: ['c'] };
				expect(checkGraph(island)).toContain('"orphan": no path from "q0" reaches it');

				const uncited = structuredClone(graph);
				Object.values(uncited.outcomes)[0].citations = [];
				expect(checkGraph(uncited).join('\n')).toMatch(/needs a citation/);
			})
		);
	});

	it('decodePath never throws, and what it accepts is a path of the graph', () => {
		fc.assert(
			fc.property(graphArb, fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789abcz-') }), fc.anything()), (graph, text) => {
				const decoded = decodePath(graph, text);
				if (decoded.ok) expect(walk(graph, decoded.path).ok).toBe(true);
				else expect(['malformed', 'stale', 'invalid']).toContain(decoded.error);
			})
		);
	});

	it('a link made for another version of the graph is stale', () => {
		fc.assert(
			fc.property(graphArb, (graph) => {
				const changed = structuredClone(graph);
				changed.questions.q0.options.push({ id: 'extra', label: 'x', next: graph.questions.q0.options[0].next });
				expect(decodePath(changed, encodePath(graph, []))).toEqual({ ok: false, error: 'stale' });
			})
		);
	});
});

describe('navigator model: the real graph', () => {
	const paths = allPaths(real);

	it('passes the checks: every node reachable, no cycle, every next known', () => {
		expect(checkGraph(real)).toEqual([]);
	});

	it('no path loops, and every outcome names an article and cites it, in both languages', () => {
		const content = navigator!;
		for (const { questions, outcome } of paths) {
			expect(new Set(questions).size).toBe(questions.length);
			const o = content.outcomes[outcome];
			expect(o.article.fr).toMatch(/^Statut de Rome, art\. /);
			expect(o.article.en).toMatch(/^Rome Statute, art\. /);
			expect(o.citations.length).toBeGreaterThan(0);
		}
	});

	it('every path round-trips as a short share link', () => {
		for (const { path } of paths) {
			const text = encodePath(real, path);
			expect(text).toMatch(/^[0-9a-z]{5}-[0-9a-z]*$/);
			expect(text.length).toBeLessThanOrEqual(24);
			expect(decodePath(real, text)).toEqual({ ok: true, path });
		}
	});

	it('decodes a link of another version as stale, a malformed one as malformed, an answer that does not exist as invalid', () => {
		const version = graphFingerprint(real);
		const other = version === '00000' ? '00001' : '00000';
		expect(decodePath(real, `${other}-0`)).toEqual({ ok: false, error: 'stale' });
		expect(decodePath(real, 'hello world')).toEqual({ ok: false, error: 'malformed' });
		expect(decodePath(real, `${version}-z`)).toEqual({ ok: false, error: 'invalid' });
		expect(decodePath(real, `${version}-${'0'.repeat(60)}`)).toEqual({ ok: false, error: 'invalid' });
		expect(decodePath(real, `${version}-`)).toEqual({ ok: true, path: [] });
	});

	it('random text never makes decodePath throw', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...`${graphFingerprint(real)}-0123456789z`) })), (text) => {
				const decoded = decodePath(real, `${text}`);
				if (decoded.ok) expect(walk(real, decoded.path).ok).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});
});
