// @vitest-environment node
// The navigator's loader fails the build, naming the file and the field, on each mistake issue 23
// lists: an unknown next, an unreachable node, a cycle, an outcome without an article or a
// citation, a missing language, a step that does not exist, a quote not verbatim.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseNavigator } from './navigator';

const L = (fr: string, en: string) => ({ fr, en });
const cite = { source: 'rome-statute-en', quote: 'The Court shall have no jurisdiction over any person who was under the age of 18 at the time of the alleged commission of a crime.', translation: { fr: 'La Cour n’a pas compétence…' } };

function file(edit: (f: ReturnType<typeof base>) => void = () => {}): string {
	const f = base();
	edit(f);
	return stringify(f);
}

function base() {
	return {
		start: 'person',
		questions: [
			{
				id: 'person',
				article: L('Statut de Rome, art. 26', 'Rome Statute, art. 26'),
				step: 'no-immunity',
				prompt: L('Quel âge ?', 'How old?'),
				help: L('Aide', 'Help'),
				options: [
					{ id: 'adult', label: L('Majeur', 'Adult'), next: 'can-act' },
					{ id: 'minor', label: L('Mineur', 'Minor'), next: 'under-18' }
				],
				citation: cite
			}
		] as Record<string, unknown>[],
		outcomes: [
			{ id: 'can-act', verdict: 'can-act', article: L('Statut de Rome, art. 17', 'Rome Statute, art. 17'), text: L('Oui', 'Yes'), citation: cite },
			{ id: 'under-18', verdict: 'cannot-act', article: L('Statut de Rome, art. 26', 'Rome Statute, art. 26'), text: L('Non', 'No'), citation: [cite] }
		] as Record<string, unknown>[]
	};
}

const STEPS = ['no-immunity', 'who-can-refer'];
const parse = (text: string, resolve = false) => () => parseNavigator(text, 'lessons/navigator.yaml', STEPS, resolve);

describe('navigator.yaml loader', () => {
	it('reads a correct file, citations resolved in both languages', () => {
		const graph = parseNavigator(file(), 'lessons/navigator.yaml', STEPS);
		expect(Object.keys(graph.questions)).toEqual(['person']);
		expect(graph.outcomes['can-act'].citations).toHaveLength(1);
	});

	it('refuses an unknown next', () => {
		expect(parse(file((f) => ((f.questions[0].options as { next: string }[])[0].next = 'nowhere')))).toThrow(/lessons\/navigator\.yaml: question "person": options\[0\] \(adult\): next "nowhere" is no question or outcome/);
	});

	it('refuses a node no path reaches', () => {
		expect(parse(file((f) => f.outcomes.push({ id: 'orphan', verdict: 'not-now', article: L('a', 'a'), text: L('t', 't'), citation: cite })))).toThrow(/"orphan": no path from "person" reaches it/);
	});

	it('refuses a cycle', () => {
		expect(parse(file((f) => ((f.questions[0].options as { next: string }[])[0].next = 'person')))).toThrow(/cycle: person → person/);
	});

	it('refuses an outcome without an article or a citation', () => {
		expect(parse(file((f) => delete f.outcomes[0].article))).toThrow(/lessons\/navigator\.yaml: outcomes\[0\]\.article: missing/);
		expect(parse(file((f) => delete f.outcomes[0].citation))).toThrow(/outcomes\[0\]\.citation/);
		expect(parse(file((f) => (f.outcomes[1].citation = [])))).toThrow(/needs at least one citation|must be a citation/);
	});

	it('refuses a missing language, an unknown verdict, an unknown step', () => {
		expect(parse(file((f) => (f.questions[0].prompt = { fr: 'Quel âge ?' })))).toThrow(/questions\[0\]\.prompt\.en: missing/);
		expect(parse(file((f) => (f.outcomes[0].verdict = 'maybe')))).toThrow(/outcomes\[0\]\.verdict: must be one of can-act, cannot-act, not-now/);
		expect(parse(file((f) => (f.questions[0].step = 'no-such-step')))).toThrow(/"person": step: "no-such-step" is not a step/);
	});

	it('refuses a quote that is not verbatim, or untranslated on the other page', () => {
		const wrong = { ...cite, quote: cite.quote.replace('18', '16') };
		expect(parse(file((f) => (f.outcomes[0].citation = wrong)), true)).toThrow(/"can-act": quote not found verbatim in rome-statute-en/);
		expect(parse(file((f) => (f.outcomes[0].citation = { source: cite.source, quote: cite.quote })), true)).toThrow(/needs translation\.fr.*\(on the fr pages\)/s);
	});
});
