// @vitest-environment node
// The navigator's content (lessons/navigator.yaml) against the Rome Statute, written by hand:
// 1. a table of paths, at least one per rule of issue 23, each with the questions it asks, the
//    outcome and the article that decides it;
// 2. every path of the graph (allPaths) against `statute()`, the same rules written a second time
//    as plain conditions on the facts, in the Statute's order, so that a wrong `next` anywhere in
//    the file sends some path to an outcome the rules do not give.
import { describe, expect, it } from 'vitest';
import { navigator } from '../content/navigator';
import { allPaths, walk } from './graph';

const graph = navigator!;

/** The deciding article of each outcome, in English, from the Statute. */
const ARTICLE: Record<string, string> = {
	'not-a-crime': 'Rome Statute, art. 5',
	'admin-justice': 'Rome Statute, art. 70(1)',
	'too-early': 'Rome Statute, art. 11(1)',
	'before-joined': 'Rome Statute, art. 11(2)',
	'war-crimes-set-aside': 'Rome Statute, art. 124',
	'no-link': 'Rome Statute, art. 12(2)',
	'no-trigger': 'Rome Statute, art. 13',
	'not-authorised': 'Rome Statute, art. 15(4) and (5)',
	'aggression-too-early': 'Rome Statute, art. 15 bis(2) and 15 ter(2)',
	'aggression-non-party-excluded': 'Rome Statute, art. 15 bis(5)',
	'aggression-amendment-not-accepted': 'Rome Statute, art. 121(5)',
	'aggression-opted-out': 'Rome Statute, art. 15 bis(4)',
	deferred: 'Rome Statute, art. 16',
	'under-18': 'Rome Statute, art. 26',
	'national-case': 'Rome Statute, art. 17(1)(a)',
	'national-decision': 'Rome Statute, art. 17(1)(b)',
	'already-tried': 'Rome Statute, art. 17(1)(c)',
	'not-grave': 'Rome Statute, art. 17(1)(d)',
	'can-act': 'Rome Statute, art. 17(1)'
};

const VERDICT: Record<string, string> = {
	'admin-justice': 'can-act',
	'can-act': 'can-act',
	'no-trigger': 'not-now',
	'not-authorised': 'not-now',
	deferred: 'not-now',
	'national-case': 'not-now'
};

// The end of every route once the Court is seized: deferral, person, admissibility.
const adultNoNational = { deferral: 'no', person: 'adult', admissibility: 'inaction', gravity: 'yes' };
const partyTerritory = { crime: 'atrocity', time: 'after-2002', link: 'territory', joined: 'party', 'article-124': 'no' };

/** [rule, answers in order (question → option), outcome] */
const table: [string, Record<string, string>, string][] = [
	['a crime outside article 5', { crime: 'other' }, 'not-a-crime'],
	['an offence against the administration of justice (art. 70)', { crime: 'justice' }, 'admin-justice'],
	['before the Statute came into force', { crime: 'atrocity', time: 'before-2002' }, 'too-early'],
	['a non-party national on a State Party’s territory, Prosecutor authorised', { ...partyTerritory, trigger: 'prosecutor', authorisation: 'yes', ...adultNoNational }, 'can-act'],
	['a State Party’s national abroad, State referral', { crime: 'atrocity', time: 'after-2002', link: 'nationality', joined: 'party', 'article-124': 'no', trigger: 'state', ...adultNoNational }, 'can-act'],
	['aggression by a non-party national on a State Party’s territory (State route)', { crime: 'aggression', 'aggression-time': 'after', aggression: 'state-or-prosecutor', 'aggression-non-party': 'yes' }, 'aggression-non-party-excluded'],
	['aggression by a non-party, referred by the Security Council', { crime: 'aggression', 'aggression-time': 'after', aggression: 'council', ...adultNoNational }, 'can-act'],
	['aggression, a State Party that has not accepted the amendments', { crime: 'aggression', 'aggression-time': 'after', aggression: 'state-or-prosecutor', 'aggression-non-party': 'no', 'aggression-amendments': 'no' }, 'aggression-amendment-not-accepted'],
	['aggression, a State Party that opted out', { crime: 'aggression', 'aggression-time': 'after', aggression: 'state-or-prosecutor', 'aggression-non-party': 'no', 'aggression-amendments': 'yes', 'aggression-opt-out': 'yes' }, 'aggression-opted-out'],
	['aggression, between States Parties that accepted everything', { crime: 'aggression', 'aggression-time': 'after', aggression: 'state-or-prosecutor', 'aggression-non-party': 'no', 'aggression-amendments': 'yes', 'aggression-opt-out': 'no', ...adultNoNational }, 'can-act'],
	['aggression before the Court’s jurisdiction over it', { crime: 'aggression', 'aggression-time': 'before' }, 'aggression-too-early'],
	['aggression nobody brings', { crime: 'aggression', 'aggression-time': 'after', aggression: 'nobody' }, 'no-trigger'],
	['a crime before the State joined, no declaration', { crime: 'atrocity', time: 'after-2002', link: 'territory', joined: 'later', 'time-declaration': 'no' }, 'before-joined'],
	['a crime before the State joined, with a 12(3) declaration', { crime: 'atrocity', time: 'after-2002', link: 'territory', joined: 'later', 'time-declaration': 'yes', trigger: 'state', ...adultNoNational }, 'can-act'],
	['a non-party State’s 12(3) declaration', { crime: 'atrocity', time: 'after-2002', link: 'none', declaration: 'yes', trigger: 'prosecutor', authorisation: 'yes', ...adultNoNational }, 'can-act'],
	['a 17-year-old', { ...partyTerritory, trigger: 'state', deferral: 'no', person: 'minor' }, 'under-18'],
	['a State genuinely prosecuting', { ...partyTerritory, trigger: 'state', deferral: 'no', person: 'adult', admissibility: 'genuine' }, 'national-case'],
	['a State not investigating at all', { ...partyTerritory, trigger: 'state', deferral: 'no', person: 'adult', admissibility: 'inaction', gravity: 'yes' }, 'can-act'],
	['a State unwilling or unable', { ...partyTerritory, trigger: 'state', deferral: 'no', person: 'adult', admissibility: 'not-genuine', gravity: 'yes' }, 'can-act'],
	['a State genuinely decided not to prosecute', { ...partyTerritory, trigger: 'state', deferral: 'no', person: 'adult', admissibility: 'decided' }, 'national-decision'],
	['already tried', { ...partyTerritory, trigger: 'state', deferral: 'no', person: 'adult', admissibility: 'tried' }, 'already-tried'],
	['not grave enough', { ...partyTerritory, trigger: 'state', deferral: 'no', person: 'adult', admissibility: 'inaction', gravity: 'no' }, 'not-grave'],
	['a Security Council referral of a non-party (no link needed)', { crime: 'atrocity', time: 'after-2002', link: 'none', declaration: 'no', council: 'yes', ...adultNoNational }, 'can-act'],
	['no link, no declaration, no Council referral', { crime: 'atrocity', time: 'after-2002', link: 'none', declaration: 'no', council: 'no' }, 'no-link'],
	['a Security Council deferral', { ...partyTerritory, trigger: 'council', deferral: 'yes' }, 'deferred'],
	['a withdrawn State, crime while it was a Party', { crime: 'atrocity', time: 'after-2002', link: 'territory', joined: 'withdrawn', withdrawal: 'while-party', 'article-124': 'no', trigger: 'prosecutor', authorisation: 'yes', ...adultNoNational }, 'can-act'],
	['a withdrawn State, crime after the withdrawal took effect', { crime: 'atrocity', time: 'after-2002', link: 'territory', joined: 'withdrawn', withdrawal: 'after', declaration: 'no', council: 'no' }, 'no-link'],
	['an article 124 declaration (war crimes, seven years)', { ...partyTerritory, 'article-124': 'yes' }, 'war-crimes-set-aside'],
	['the Pre-Trial Chamber refuses', { ...partyTerritory, trigger: 'prosecutor', authorisation: 'no' }, 'not-authorised'],
	['nobody has brought the situation', { ...partyTerritory, trigger: 'nobody' }, 'no-trigger']
];

describe('the navigator against the Statute: table', () => {
	it.each(table)('%s', (_, answers, outcome) => {
		const walked = walk(graph, Object.values(answers));
		expect(walked.ok).toBe(true);
		if (!walked.ok) return;
		// it asks exactly these questions, in this order…
		expect(walked.steps.map((s) => s.question)).toEqual(Object.keys(answers));
		// …and ends at this outcome, decided by this article, with this verdict
		expect(walked.at).toEqual({ kind: 'outcome', id: outcome });
		expect(graph.outcomes[outcome].article.en).toBe(ARTICLE[outcome]);
		expect(graph.outcomes[outcome].verdict).toBe(VERDICT[outcome] ?? 'cannot-act');
	});

	it('has a row for every outcome', () => {
		expect(new Set(table.map((row) => row[2]))).toEqual(new Set(Object.keys(graph.outcomes)));
	});
});

/** What happens once the situation is before the Court: art. 16, 26, 17. */
function seized(a: Record<string, string>): string {
	if (a.deferral === 'yes') return 'deferred';
	if (a.person === 'minor') return 'under-18';
	if (a.admissibility === 'genuine') return 'national-case';
	if (a.admissibility === 'decided') return 'national-decision';
	if (a.admissibility === 'tried') return 'already-tried';
	if (a.gravity === 'no') return 'not-grave';
	return 'can-act';
}

/** The rules again, as conditions on the facts (the answers), in the Statute's order. */
function statute(a: Record<string, string>): string {
	if (a.crime === 'other') return 'not-a-crime'; // art. 5
	if (a.crime === 'justice') return 'admin-justice'; // art. 70
	if (a.crime === 'aggression') {
		if (a['aggression-time'] === 'before') return 'aggression-too-early'; // 15 bis(2), 15 ter(2)
		if (a.aggression === 'nobody') return 'no-trigger'; // 13
		if (a.aggression === 'state-or-prosecutor') {
			if (a['aggression-non-party'] === 'yes') return 'aggression-non-party-excluded'; // 15 bis(5)
			if (a['aggression-amendments'] === 'no') return 'aggression-amendment-not-accepted'; // 121(5)
			if (a['aggression-opt-out'] === 'yes') return 'aggression-opted-out'; // 15 bis(4)
		}
		return seized(a); // 15 ter: the Council needs no link
	}
	if (a.time === 'before-2002') return 'too-early'; // 11(1)
	const partyLink = a.link === 'territory' || a.link === 'nationality';
	const partyThen = partyLink && (a.joined === 'party' || (a.joined === 'withdrawn' && a.withdrawal === 'while-party')); // 12(2), 127(2)
	const joinedLater = partyLink && a.joined === 'later';
	if (joinedLater && a['time-declaration'] !== 'yes') return 'before-joined'; // 11(2)
	if (partyThen && a['article-124'] === 'yes') return 'war-crimes-set-aside'; // 124
	const linked = partyThen || joinedLater || a.declaration === 'yes'; // 12(2), 12(3)
	if (!linked) return a.council === 'yes' ? seized(a) : 'no-link'; // 13(b) needs no link; else 12(2)
	if (a.trigger === 'nobody') return 'no-trigger'; // 13
	if (a.trigger === 'prosecutor' && a.authorisation !== 'yes') return 'not-authorised'; // 15(4)
	return seized(a);
}

describe('the navigator against the Statute: every path', () => {
	const paths = allPaths(graph);

	it('has paths', () => {
		expect(paths.length).toBeGreaterThan(table.length);
	});

	it('ends every path where the rules do, at an outcome named by its article', () => {
		for (const { path, questions, outcome } of paths) {
			const answers = Object.fromEntries(questions.map((q, i) => [q, path[i]]));
			expect({ answers, outcome }).toEqual({ answers, outcome: statute(answers) });
			expect(graph.outcomes[outcome].article.en).toBe(ARTICLE[outcome]);
		}
	});
});
