// @vitest-environment node
// The content check of evidence questions: every sentence of a passage verbatim in its source, in
// the source's order, with our translation into the other page language; a problem fails the load
// naming the file, the question and the field. The same for the accounts a comparison compares.
import { describe, expect, it } from 'vitest';
import { samples } from '../quiz/test-support/sample-questions';
import type { CaseAccount, EvidenceView, QuestionOf } from '../quiz/types';
import { accountProblems, evidenceProblems, linkPassagesToSources } from './evidence';
import { quizOf } from './quizzes';
import { getSource } from './sources';

const SOURCE = 'cpi-bdp-2024-01-22-conference-cyber';
const FIRST = 'Aujourd’hui, mon Bureau a eu l’honneur d’accueillir une conférence novatrice sur la lutte contre la cybercriminalité par le biais du Statut de Rome.';
const LATER = 'Les cyberattaques, comme celles qui visent des infrastructures civiles, peuvent avoir un impact profond sur les vies humaines.';

function question(sentences: EvidenceView['sentences'], extra: Partial<EvidenceView> = {}): QuestionOf<'evidence'> {
	const base = samples.evidence;
	return { ...base, view: { ...base.view, id: 'ev-test', source: SOURCE, sentences, ...extra } };
}

const en = (text: string) => ({ en: text });

describe('evidence content check', () => {
	it('accepts a passage quoted verbatim (white space aside), in order, translated, and puts its origin on the view', () => {
		const q = question([
			{ id: 's1', text: FIRST.replace(' novatrice ', '  novatrice\n'), translation: en('Today…') },
			{ id: 's2', text: LATER, translation: en('Cyberattacks…') }
		]);
		expect(evidenceProblems(q.view, getSource(SOURCE))).toEqual([]);
		const [linked] = linkPassagesToSources([q], 'lessons/x/quiz.yaml');
		expect(linked?.view).toMatchObject({ origin: { publisher: 'Cour pénale internationale — Bureau du Procureur', date: '2024-01-22', lang: 'fr' } });
	});

	it('fails naming the file, the question and the field when a sentence is not verbatim', () => {
		const q = question([
			{ id: 's1', text: FIRST, translation: en('Today…') },
			{ id: 's2', text: LATER.replace('profond', 'profonde'), translation: en('Cyberattacks…') }
		]);
		expect(() => linkPassagesToSources([q], 'lessons/x/quiz.yaml')).toThrow(
			/^lessons\/x\/quiz\.yaml: question "ev-test": sentences\[1\]\.text: not found verbatim in sources\/documents\/cpi-bdp-2024-01-22-conference-cyber\.txt/
		);
	});

	it('refuses apostrophes or accents that differ from the source (only white space is folded)', () => {
		const q = question([{ id: 's1', text: FIRST.replace('Aujourd’hui', "Aujourd'hui"), translation: en('Today…') }, { id: 's2', text: LATER, translation: en('…') }]);
		expect(evidenceProblems(q.view, getSource(SOURCE)).map((p) => p.path)).toEqual(['sentences[0].text']);
	});

	it('refuses a passage out of the source’s order', () => {
		const q = question([
			{ id: 's1', text: LATER, translation: en('Cyberattacks…') },
			{ id: 's2', text: FIRST, translation: en('Today…') }
		]);
		const problems = evidenceProblems(q.view, getSource(SOURCE));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ path: 'sentences[1].text' });
		expect(problems[0]?.message).toMatch(/order/);
	});

	it('asks for our translation into the page language that differs from the passage’s', () => {
		const q = question([
			{ id: 's1', text: FIRST, translation: en('Today…') },
			{ id: 's2', text: LATER }
		]);
		expect(evidenceProblems(q.view, getSource(SOURCE))).toEqual([
			{ path: 'sentences[1].translation.en', message: expect.stringMatching(/missing/) }
		]);
		// a French passage of a compilation in English needs the English translation, not a French one
		const philippines = getSource('icc-philippines-withdrawal');
		const french = question(
			[{ id: 's1', text: 'Le gouvernement philippin a ratifié le Statut de Rome le 30 août 2011 et le Statut est entré en vigueur le 1er novembre 2011.', translation: { fr: 'x' } }],
			{ source: 'icc-philippines-withdrawal', lang: 'fr' }
		);
		expect(evidenceProblems(french.view, philippines).map((p) => p.path)).toEqual(['sentences[0].translation.en']);
	});

	it('names an unknown source', () => {
		const q = question([{ id: 's1', text: FIRST }], { source: 'nowhere' });
		expect(() => linkPassagesToSources([q], 'f.yaml', () => undefined)).toThrow(/f\.yaml: question "ev-test": source: unknown source "nowhere"/);
	});
});

// "One event, several accounts": a case that compares accounts, each wording verbatim in its own source
describe('the accounts a comparison sets side by side', () => {
	const TRT = 'trt-2025-07-cyberattaque-cpi';
	const UN = 'un-charter';
	const ICJ = 'The International Court of Justice shall be the principal judicial organ of the United Nations.';
	const account = (id: string, source: string, wording: string, translation?: Record<string, string>): CaseAccount => ({
		id,
		source,
		speaker: { fr: 'qui', en: 'who' },
		evidence: { fr: 'quoi', en: 'what' },
		wording,
		...(translation && { translation })
	});
	function comparison(accounts: CaseAccount[]): QuestionOf<'case'> {
		const base = samples.case;
		return { ...base, view: { ...base.view, id: 'cmp-test', accounts } };
	}

	it('accepts wordings verbatim in their own sources, translated, and puts each one’s origin on it', () => {
		const q = comparison([account('trt', TRT, 'l’institution  judiciaire\nonusienne', en('the UN judicial institution')), account('un', UN, ICJ, { fr: 'La Cour internationale de Justice…' })]);
		expect(accountProblems(q.view.accounts!, getSource)).toEqual([]);
		const [linked] = linkPassagesToSources([q], 'lessons/x/quiz.yaml');
		if (linked?.type !== 'case') throw new Error('not a case');
		expect(linked.view.accounts?.map((a) => a.origin?.lang)).toEqual(['fr', 'en']);
		expect(linked.view.accounts?.[0]?.origin).toMatchObject({ publisher: 'TRT Français (TRT Global)', date: '2025-07' });
	});

	it('fails naming the file, the question and the account when a wording is not verbatim', () => {
		const q = comparison([account('trt', TRT, 'l’institution judiciaire onusiene', en('…')), account('un', UN, ICJ, { fr: '…' })]);
		expect(() => linkPassagesToSources([q], 'lessons/x/quiz.yaml')).toThrow(
			/^lessons\/x\/quiz\.yaml: question "cmp-test": accounts\[0\]\.wording: not found verbatim in sources\/documents\/trt-2025-07-cyberattaque-cpi\.txt/
		);
	});

	it('asks for our translation, and names an unknown source', () => {
		const q = comparison([account('trt', TRT, 'l’institution judiciaire onusienne'), account('x', 'nowhere', ICJ)]);
		expect(accountProblems(q.view.accounts!, getSource).map((p) => p.path)).toEqual(['accounts[0].translation.en', 'accounts[1].source']);
	});
});

describe('the evidence questions of module 4', () => {
	const evidence = (quizOf('04-pressure')?.questions ?? []).filter((q): q is QuestionOf<'evidence'> => q.type === 'evidence');

	it('are at least 12, each with its origin, on at least three sources, with every stance asked', () => {
		expect(evidence.length).toBeGreaterThanOrEqual(12);
		for (const q of evidence) expect(q.view.origin?.publisher).toBeTruthy();
		expect(new Set(evidence.map((q) => q.view.source)).size).toBeGreaterThanOrEqual(3);
		expect(new Set(evidence.map((q) => q.view.stance))).toEqual(new Set(['supports', 'contradicts', 'silent']));
	});

	it('have every key sentence among their citations (the stored verbatim quotations), and feedback for every sentence in both languages', () => {
		for (const q of evidence) {
			const quotes = new Set(q.key.citations.filter((c) => c.source === q.view.source).map((c) => c.quote));
			for (const id of q.key.answer) expect(quotes.has(q.view.sentences.find((s) => s.id === id)?.text ?? '')).toBe(true);
			for (const s of q.view.sentences) {
				expect(q.key.feedback[s.id]?.fr.trim()).toBeTruthy();
				expect(q.key.feedback[s.id]?.en.trim()).toBeTruthy();
			}
		}
	});
});
