// CSV exports of the class results, written to open as columns in the teacher's spreadsheet.
//
// A teacher found that the French file opened as ONE column (French spreadsheets split on ";",
// since "," is their decimal mark), with UTC times and internal question ids as headers. So:
// - French: ";" between fields and a decimal comma ("0,5"); English: "," and a decimal point.
// - Every field is quoted (RFC 4180: inner quotes doubled). A name holding ";" or "," can then
//   never be cut into two cells, whichever separator the spreadsheet guesses.
// - Text a spreadsheet would run as a formula gets a leading ' (OWASP "CSV injection").
// - Times in the teacher's time zone, written "2026-12-06 14:05", which spreadsheets read as dates.
// - The per-student file numbers the questions Q1…Qn, with their wording in a second header row.
// - A UTF-8 byte-order mark first, or Excel reads the accents of names as Latin-1.
// Pure TypeScript: the page downloads what this returns (class results, step 3, after
// results-load.ts and results-analysis.ts).
import type { Locale } from '../i18n';
import { wholePercent } from '../quiz/credit';
import { m } from '../paraglide/messages.js';
import type { ClassAnalysis } from './results-analysis';
import { answerOnOneLine, promptOf } from './results-words';

/** What a cell may hold: text is neutralised and quoted, a number is written in the file's language. */
export type CsvValue = string | number | null | undefined;

/** Excel reads a file as UTF-8 only when it starts with this mark (LibreOffice and Sheets ignore it). */
export const CSV_BOM = '\uFEFF';

/** French spreadsheets use "," as the decimal mark, so their CSV separator is ";". */
export function csvSeparator(lang: Locale): ';' | ',' {
	return lang === 'fr' ? ';' : ',';
}

/**
 * Percentages in the exports follow the site's one rounding rule (wholePercent: a whole number,
 * rounded down, so 59.5 is 59 for the student, the teacher's page and the spreadsheet alike).
 */
export function roundPercent(value: number): number {
	return wholePercent(value / 100);
}

/**
 * A number as a spreadsheet of that language reads it: at most three decimals (partial credit such
 * as 0.333), no thousands separator, decimal comma in French. Not finite → empty.
 */
export function formatCsvNumber(value: number, lang: Locale): string {
	if (!Number.isFinite(value)) return '';
	// toFixed then Number: drops trailing zeros and float noise (0.1 + 0.2); String() never uses an
	// exponent for three decimals or fewer below 1e21. -0 is written "0".
	const text = String(Number(value.toFixed(3)));
	return lang === 'fr' ? text.replace('.', ',') : text;
}

/**
 * An instant as "2026-12-06 14:05" in a time zone: the device's by default (the teacher's), or the
 * one given (tests pin it). Spreadsheets read this form as a date and time; the text as is if it
 * is not a date.
 */
export function formatLocalDateTime(iso: string, timeZone?: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	// h23: midnight is 00, never 24 (hour12: false gives 24 in some engines)
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(date);
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** Text a spreadsheet would run as a formula: = + - @, a tab or a carriage return first, even after spaces. */
const FORMULA_START = /^\s*[=+\-@\t\r]/;

/**
 * One CSV field, always quoted, its double quotes doubled. Text that could be read as a formula is
 * prefixed with ' inside the quotes. Numbers are not: we write them ourselves from a finite number,
 * so they can only be digits, one decimal mark and a leading minus, which every spreadsheet reads as
 * a plain number, never a formula (and the exports hold no negative number anyway). Prefixing them
 * would turn them into text the teacher cannot sum.
 */
export function csvCell(value: CsvValue, lang: Locale): string {
	let text: string;
	if (typeof value === 'number') text = formatCsvNumber(value, lang);
	else {
		text = value ?? '';
		if (FORMULA_START.test(text)) text = `'${text}`;
	}
	return `"${text.replace(/"/g, '""')}"`;
}

/** The whole file: the byte-order mark, then the rows, every line ending with CRLF (RFC 4180). */
export function toCsv(rows: CsvValue[][], lang: Locale): string {
	const separator = csvSeparator(lang);
	return CSV_BOM + rows.map((row) => row.map((value) => csvCell(value, lang)).join(separator) + '\r\n').join('');
}

/**
 * One line per student. The questions are numbered Q1…Qn in the order of the analysis (the
 * assignment's modules, then the authored order: the same numbers as on the page and as the lines
 * of the item analysis); a second header row gives their wording in the page's language and is
 * empty under the other columns. A question's cell is the score (0 to 1), empty when not given.
 * `timeZone` is for tests; the default is the device's.
 */
export function resultsCsv(analysis: ClassAnalysis, lang: Locale, timeZone?: string): string {
	const locale = { locale: lang };
	const yes = m.teach_csv_yes({}, locale);
	const no = m.teach_csv_no({}, locale);
	const questions = analysis.columns.map((_, index) => m.teach_question_short({ n: index + 1 }, locale));
	const number = new Map(analysis.columns.map((column, index) => [column.id, questions[index]]));
	const header = [
		m.teach_csv_name({}, locale),
		m.teach_csv_class({}, locale),
		m.teach_csv_attempt({}, locale),
		m.teach_csv_started({}, locale),
		m.teach_csv_finished({}, locale),
		m.teach_csv_late({}, locale),
		m.teach_csv_percent({}, locale),
		m.teach_csv_passed({}, locale),
		m.teach_csv_earned({}, locale),
		m.teach_csv_total({}, locale),
		m.teach_csv_mismatch({}, locale)
	];
	const prompts = [...header.map(() => ''), ...analysis.columns.map((column) => promptOf(column, lang))];
	const lines = analysis.rows.map((row): CsvValue[] => [
		row.name,
		row.class,
		row.attempt,
		formatLocalDateTime(row.startedAt, timeZone),
		formatLocalDateTime(row.finishedAt, timeZone),
		row.late ? yes : no,
		roundPercent(row.percent),
		row.passed ? yes : no,
		row.earned,
		row.total,
		// the questions by the numbers of the headers, not by their internal ids
		row.regradeMismatches.map((id) => number.get(id) ?? id).join(' '),
		...analysis.columns.map((column) => row.cells[column.id]?.score ?? '')
	]);
	return toCsv([[...header, ...questions], prompts, ...lines], lang);
}

/** One line per question, in the same order as Q1…Qn of the results file: the item analysis. */
export function itemsCsv(analysis: ClassAnalysis, lang: Locale): string {
	const locale = { locale: lang };
	const header = [
		m.teach_csv_question({}, locale),
		m.teach_csv_module({}, locale),
		m.teach_csv_prompt({}, locale),
		m.teach_csv_given({}, locale),
		m.teach_csv_correct({}, locale),
		m.teach_csv_share({}, locale),
		m.teach_csv_unanswered({}, locale),
		m.teach_csv_common_wrong({}, locale),
		m.teach_csv_common_wrong_count({}, locale),
		m.teach_csv_reteach({}, locale)
	];
	const lines = analysis.items.map((item): CsvValue[] => [
		item.id,
		item.module,
		promptOf(item, lang),
		item.given,
		item.correct,
		roundPercent(item.share * 100),
		item.unanswered,
		item.commonWrong ? answerOnOneLine(item, item.commonWrong.answer, lang) : '',
		item.commonWrong?.count ?? '',
		item.reteach ? m.teach_csv_yes({}, locale) : m.teach_csv_no({}, locale)
	]);
	return toCsv([header, ...lines], lang);
}
