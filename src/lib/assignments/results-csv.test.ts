import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '$lib/quiz/types';
import { selectQuestions } from './assignment';
import { analyse, type ClassAnalysis } from './results-analysis';
import { CSV_BOM, csvCell, formatLocalDateTime, itemsCsv, resultsCsv, roundPercent, toCsv } from './results-csv';
import { loadReceipts } from './results-load';
import { answersTo, questionById, receiptFile, testAssignment, testQuizzes as quizzes, testReceipt } from './test-support/fixtures';

/**
 * A strict RFC 4180 reader, to check the writer from the outside: the file must start with one
 * byte-order mark, every field must be quoted (it throws otherwise), fields are split on `separator`
 * only outside quotes, and every line ends with CRLF.
 */
function read(file: string, separator: string): string[][] {
	if (!file.startsWith(CSV_BOM) || file.startsWith(CSV_BOM + CSV_BOM)) throw new Error('not one byte-order mark');
	const csv = file.slice(CSV_BOM.length);
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 0;
	while (i < csv.length) {
		if (csv[i] !== '"') throw new Error(`unquoted field at ${i}: ${JSON.stringify(csv.slice(i, i + 20))}`);
		let field = '';
		i++;
		for (;;) {
			if (i >= csv.length) throw new Error('unclosed quote');
			if (csv[i] === '"' && csv[i + 1] === '"') (field += '"'), (i += 2);
			else if (csv[i] === '"') break;
			else field += csv[i++];
		}
		i++;
		row.push(field);
		if (csv[i] === separator) i++;
		else if (csv[i] === '\r' && csv[i + 1] === '\n') (rows.push(row), (row = []), (i += 2));
		else throw new Error(`unexpected ${JSON.stringify(csv[i])} after a field at ${i}`);
	}
	if (row.length > 0) throw new Error('last line without CRLF');
	return rows;
}

const NAMES_FR = ['Nom', 'Classe', 'Tentative', 'Commencé', 'Terminé', 'En retard', 'Score (%)', 'Réussi', 'Points', 'Sur'];
const NAMES_EN = ['Name', 'Class', 'Attempt', 'Started', 'Finished', 'Late', 'Score (%)', 'Passed', 'Points', 'Out of'];

const hostile = 'Dupont; =HYPERLINK("http://evil.example";"clic")';
const formula = '=HYPERLINK("http://evil.example";"Dupont")';
const assignment = testAssignment({
	id: 'csvtest001',
	title: 'CSV',
	lang: 'fr',
	modules: ['m1'],
	due: '2026-12-10',
	createdAt: '2026-12-01T09:00:00.000Z'
});

/** Just what the exports read of a question: its prompt, and the options a wrong answer is worded from. */
function question(id: string, type: 'single' | 'short', prompt: string, options: string[] = []): Question {
	const both = (text: string) => ({ fr: text, en: text });
	return { type, view: { id, type, prompt: both(prompt), options: options.map((label, n) => ({ id: `o${n}`, label: both(label) })) } } as unknown as Question;
}
const zeta = question('m1-zeta', 'single', 'Qui juge ; et où ?', ['La Cour', '@SUM(1+1)']);

/** A hand-made analysis: the figures are chosen here, not taken from the output. */
const analysis: ClassAnalysis = {
	assignment,
	columns: [
		{ id: 'm1-zeta', module: 'm1', type: 'single', question: zeta },
		{ id: 'm1-alpha', module: 'm1', type: 'short', question: question('m1-alpha', 'short', 'Le "Statut" de Rome, 1998') },
		{ id: 'm1-gone', module: 'm1', type: 'truefalse', question: null }
	],
	rows: [
		{
			id: 'a',
			file: 'a.json',
			name: hostile,
			class: '3e B',
			attempt: 2,
			// 13:05 UTC is 14:05 in Paris in winter
			startedAt: '2026-12-06T12:40:00.000Z',
			finishedAt: '2026-12-06T13:05:00.000Z',
			late: false,
			earned: 11.9,
			total: 20,
			percent: 59.5,
			passed: true,
			cells: { 'm1-zeta': { score: 0.5, correct: false }, 'm1-alpha': { score: 1, correct: true } },
			regradeMismatches: ['m1-alpha'],
			altered: [{ kind: 'scores', ids: ['m1-alpha'] }],
			beforeTrail: false
		},
		{
			id: 'b',
			file: 'b.json',
			name: formula,
			class: '-B',
			attempt: 1,
			// summer time: 12:00 UTC is 14:00 in Paris; 23:30 UTC is 00:30 the next day
			startedAt: '2026-07-01T12:00:00.000Z',
			finishedAt: '2026-07-01T23:30:00.000Z',
			late: true,
			earned: 1 / 3,
			total: 20,
			percent: 40.4,
			passed: false,
			cells: { 'm1-gone': { score: 0, correct: false } },
			regradeMismatches: [],
			altered: [],
			beforeTrail: false
		}
	],
	distribution: [],
	items: [
		{
			id: 'm1-zeta',
			module: 'm1',
			type: 'single',
			question: zeta,
			given: 2,
			correct: 1,
			share: 0.505,
			meanScore: 0.5,
			unanswered: 0,
			// worded from the question's options: the second one
			commonWrong: { answer: 'o1', count: 1 },
			reteach: false
		}
	],
	summary: { students: 2, mean: 50, median: 50, passed: 1, late: 1 },
	reteachBelow: 0.5
};

describe('resultsCsv', () => {
	// read before each test, so that a file the reader refuses fails the tests one by one
	let fr: string[][];
	let en: string[][];
	beforeEach(() => {
		fr = read(resultsCsv(analysis, 'fr', 'Europe/Paris'), ';');
		en = read(resultsCsv(analysis, 'en', 'Europe/Paris'), ',');
	});

	it('splits on ; in French and on , in English, every line with the same columns', () => {
		const columns = NAMES_FR.length + 1 + analysis.columns.length;
		expect(fr).toHaveLength(2 + analysis.rows.length);
		for (const row of fr) expect(row).toHaveLength(columns);
		for (const row of en) expect(row).toHaveLength(columns);
		// read with the other language's separator, the French file is not in columns
		expect(() => read(resultsCsv(analysis, 'fr', 'Europe/Paris'), ',')).toThrow();
	});

	it('has the translated headers, then Q1…Qn in the analysis order, the prompts in a second row', () => {
		expect(fr[0].slice(0, NAMES_FR.length)).toEqual(NAMES_FR);
		expect(en[0].slice(0, NAMES_EN.length)).toEqual(NAMES_EN);
		expect(fr[0].slice(-3)).toEqual(['Q1', 'Q2', 'Q3']);
		expect(fr[1]).toEqual([...Array(NAMES_FR.length + 1).fill(''), 'Qui juge ; et où ?', 'Le "Statut" de Rome, 1998', 'm1-gone']);
	});

	it('keeps a name holding ; in one cell, and neutralises one that starts a formula', () => {
		expect(fr[2][0]).toBe(hostile);
		expect(fr[3][0]).toBe(`'${formula}`);
		expect(fr[3][0].startsWith("'=")).toBe(true);
		expect(fr[3][1]).toBe("'-B");
		expect(en[3][0]).toBe(`'${formula}`);
	});

	it('writes numbers with a decimal comma in French and a point in English, percentages whole', () => {
		// percent, points, out of
		expect([fr[2][6], fr[2][8], fr[2][9]]).toEqual(['59', '11,9', '20']);
		expect([en[2][6], en[2][8], en[2][9]]).toEqual(['59', '11.9', '20']);
		expect([fr[3][6], fr[3][8]]).toEqual(['40', '0,333']);
		expect([en[3][6], en[3][8]]).toEqual(['40', '0.333']);
		// per question: the score, empty when not given
		expect(fr[2].slice(-3)).toEqual(['0,5', '1', '']);
		expect(en[2].slice(-3)).toEqual(['0.5', '1', '']);
		expect(fr[3].slice(-3)).toEqual(['', '', '0']);
	});

	it('writes the times in the given time zone, plainly, and the rest in the page language', () => {
		expect(fr[2].slice(2, 6)).toEqual(['2', '2026-12-06 13:40', '2026-12-06 14:05', 'non']);
		expect(fr[3].slice(3, 6)).toEqual(['2026-07-01 14:00', '2026-07-02 01:30', 'oui']);
		expect(en[3][5]).toBe('yes');
		const tokyo = read(resultsCsv(analysis, 'en', 'Asia/Tokyo'), ',');
		expect(tokyo[2][4]).toBe('2026-12-06 22:05');
	});

	it('names the questions whose score does not match by their numbers, not their ids', () => {
		expect(fr[2][10]).toBe('Q2');
		expect(fr[3][10]).toBe('');
	});

	it('gives the real prompts of an assignment, in the page language and its order', () => {
		const real = { ...assignment, modules: ['01-jurisdiction', '02-cyber'] };
		const ids = selectQuestions(real, quizzes, 0);
		const file = (name: string, right: number) =>
			receiptFile(
				`${name}.json`,
				testReceipt({
					assignment: real,
					student: { name, class: 'B' },
					startedAt: '2026-03-05T10:00:00.000Z',
					finishedAt: '2026-03-05T10:30:00.000Z',
					questionIds: ids,
					answers: answersTo(ids, right, 'blank', 'fr')
				})
			);
		const group = loadReceipts([file('Zoé', 2), file('Ana', ids.length)], { quizzes }).groups[0];
		const rows = read(resultsCsv(analyse(group, quizzes), 'fr', 'Europe/Paris'), ';');
		expect(rows).toHaveLength(4);
		expect(rows[0].slice(NAMES_FR.length + 1)).toEqual(ids.map((_, index) => `Q${index + 1}`));
		expect(rows[1].slice(NAMES_FR.length + 1)).toEqual(ids.map((id) => questionById(id).view.prompt.fr));
		expect(rows.map((row) => row[0])).toEqual(['Nom', '', 'Ana', 'Zoé']);
		expect(rows[2][6]).toBe('100');
		expect(rows[2][4]).toBe('2026-03-05 11:30');
	});
});

describe('itemsCsv', () => {
	it('is in columns too, its share a whole percentage', () => {
		const fr = read(itemsCsv(analysis, 'fr'), ';');
		expect(fr).toHaveLength(2);
		expect(fr[0]).toHaveLength(10);
		expect(fr[1]).toEqual(['m1-zeta', 'm1', 'Qui juge ; et où ?', '2', '1', '50', '0', "'@SUM(1+1)", '1', 'non']);
		expect(read(itemsCsv(analysis, 'en'), ',')[0][2]).toBe('Wording');
	});
});

describe('CSV cells', () => {
	it.each([
		['plain', 'fr', '"plain"'],
		['a;b,c', 'fr', '"a;b,c"'],
		['say "hi"', 'en', '"say ""hi"""'],
		['two\r\nlines', 'en', '"two\r\nlines"'],
		['=1+1', 'fr', `"'=1+1"`],
		['+33 6', 'fr', `"'+33 6"`],
		['-2', 'en', `"'-2"`],
		['@SUM(A1)', 'en', `"'@SUM(A1)"`],
		['  =cmd', 'fr', `"'  =cmd"`],
		['\tx', 'fr', `"'\tx"`],
		['\rx', 'fr', `"'\rx"`],
		['  \t', 'fr', `"'  \t"`],
		['a=b', 'fr', '"a=b"'],
		['v1.5', 'fr', '"v1.5"'],
		['<img src=x onerror=alert(1)>', 'en', '"<img src=x onerror=alert(1)>"'],
		[3.5, 'fr', '"3,5"'],
		[3.5, 'en', '"3.5"'],
		[0.1 + 0.2, 'fr', '"0,3"'],
		[1234567.25, 'fr', '"1234567,25"'],
		// a number we write is a number, never a formula: not prefixed (the exports hold none below 0)
		[-0.5, 'fr', '"-0,5"'],
		[-0, 'en', '"0"'],
		[Number.NaN, 'en', '""'],
		[null, 'fr', '""'],
		[undefined, 'en', '""']
	] as const)('%j (%s) → %s', (value, lang, expected) => {
		expect(csvCell(value, lang)).toBe(expected);
	});

	it("rounds percentages the site's one way: whole, down (never a pass mark not reached)", () => {
		expect([59.5, 59.49, 0.5, 99.6, 100, 70].map(roundPercent)).toEqual([59, 59, 0, 99, 100, 70]);
	});

	it('writes an instant in the time zone given, midnight as 00', () => {
		expect(formatLocalDateTime('2026-12-06T13:05:00.000Z', 'Europe/Paris')).toBe('2026-12-06 14:05');
		expect(formatLocalDateTime('2026-12-06T23:00:00.000Z', 'Europe/Paris')).toBe('2026-12-07 00:00');
		expect(formatLocalDateTime('2026-12-06T13:05:00.000Z', 'America/New_York')).toBe('2026-12-06 08:05');
		expect(formatLocalDateTime('not a date', 'Europe/Paris')).toBe('not a date');
		// without a zone: the device's, in the same plain form
		expect(formatLocalDateTime('2026-12-06T13:05:00.000Z')).toMatch(/^2026-12-0[67] \d\d:\d\d$/);
	});

	it('reads back any text the same (neutralised), in both languages (RFC 4180)', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('fr' as const, 'en' as const),
				fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
				(lang, table) => {
					const back = read(toCsv(table, lang), lang === 'fr' ? ';' : ',');
					expect(back).toEqual(table.map((row) => row.map((cell) => (/^\s*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))));
				}
			),
			{ numRuns: 1000 }
		);
	});
});
