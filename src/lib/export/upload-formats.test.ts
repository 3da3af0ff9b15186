// @vitest-environment node
// Blackboard's tab-delimited upload and Brightspace's question CSV, for every module's bank in both
// languages, read back against their documented formats (Blackboard: "Upload Questions", one
// question a line, no header, no blank line, the fields of each type; D2L: the rows and columns of
// its sample import template) and against the quiz: every question there, with its right answer.
import { describe, expect, it } from 'vitest';
import { everyBank } from '$lib/content/quizzes';
import { sourceIndex } from '$lib/content/sources';
import type { Locale, Question, Quiz } from '../quiz/types';
import { quizIn } from '../quiz/in-language';
import { samples } from '../quiz/test-support/sample-questions';
import { acceptedAnswers, numericTarget } from './gift';
import { numericForms } from './cc';
import { singleChoices } from './single-choices';
import { evidenceAsMultiple } from '../describe-evidence';
import { toBlackboard } from './blackboard';
import { toBrightspace } from './brightspace';
import { formatNumber } from './text';

const sources = sourceIndex();
const LANGS: Locale[] = ['fr', 'en'];
const sampleQuiz: Quiz = { module: 'sample', passMark: 0.7, questions: Object.values(samples) };
const quizzes = [sampleQuiz, ...everyBank()];

/** The questions as the files have them: a cloze, a case split into single choices. */
function flat(quiz: Quiz, lang: Locale): Question[] {
	return quizIn(quiz, lang).questions.flatMap((question) =>
		question.type === 'cloze' || question.type === 'case'
			? (singleChoices(question, lang) ?? []).map((part) => part.question)
			: question.type === 'evidence'
				? [evidenceAsMultiple(question, lang)]
				: [question]
	);
}

const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, ' ').replace(/ {2,}/g, ' ').trim();

/** Blackboard's documented fields after the type and the text, by type. */
function checkBlackboardLine(fields: string[], question: Question, lang: Locale) {
	const [type, prompt, ...rest] = fields;
	expect(prompt?.length, 'a question text').toBeGreaterThan(0);
	switch (question.type) {
		case 'single':
		case 'multiple': {
			expect(type).toBe(question.type === 'single' ? 'MC' : 'MA');
			expect(rest.length % 2).toBe(0);
			const pairs = Array.from({ length: rest.length / 2 }, (_, index) => [rest[2 * index], rest[2 * index + 1]]);
			for (const [, flag] of pairs) expect(flag).toMatch(/^(correct|incorrect)$/);
			const right = pairs.filter(([, flag]) => flag === 'correct').map(([answer]) => answer);
			const expected = question.view.options.filter((option) => (question.type === 'single' ? option.id === question.key.answer : question.key.answer.includes(option.id)));
			expect(right).toEqual(expected.map((option) => oneLine(option.label[lang])));
			expect(pairs.length).toBeLessThanOrEqual(20);
			return;
		}
		case 'truefalse':
			expect([type, ...rest]).toEqual(['TF', String(question.key.answer)]);
			return;
		case 'short':
			expect(type).toBe('FIB');
			expect(rest).toEqual(acceptedAnswers(question, lang).map(oneLine));
			return;
		case 'numeric': {
			const { answer, tolerance } = numericTarget(question);
			expect([type, ...rest]).toEqual(['NUM', formatNumber(answer), formatNumber(tolerance)]);
			return;
		}
		case 'matching': {
			expect(type).toBe('MAT');
			expect(rest).toHaveLength(question.view.items.length * 2);
			question.view.items.forEach((item, index) => {
				expect(rest[2 * index]).toBe(oneLine(item.label[lang]));
				expect(rest[2 * index + 1]).toBe(oneLine(question.view.targets.find((target) => target.id === question.key.answer[item.id])?.label[lang] ?? '?'));
			});
			return;
		}
		case 'ordering':
			expect(type).toBe('ORD');
			expect(rest).toEqual(question.key.order.map((id) => oneLine(question.view.items.find((item) => item.id === id)?.label[lang] ?? '?')));
			return;
		default:
			throw new Error(`${question.type} is written as single choices`);
	}
}

/** RFC 4180 read back: rows of fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let field = '';
	let fields: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"' && field === '') quoted = true;
		else if (char === ',') fields.push(field), (field = '');
		else if (char === '\r' && text[i + 1] === '\n') {
			fields.push(field);
			rows.push(fields);
			(fields = []), (field = ''), i++;
		} else field += char;
	}
	if (field !== '' || fields.length) rows.push([...fields, field]);
	return rows;
}

/** The rows D2L's template allows, by type (after NewQuestion, ID, Title, QuestionText, Points, Difficulty). */
const ROWS: Record<string, string[]> = {
	MC: ['Option', 'Feedback'],
	MS: ['Scoring', 'Option', 'Feedback'],
	TF: ['TRUE', 'FALSE', 'Feedback'],
	SA: ['InputBox', 'Answer', 'Feedback'],
	M: ['Scoring', 'Choice', 'Match', 'Feedback'],
	O: ['Scoring', 'Item', 'Feedback']
};

function checkBrightspaceBlock(rows: string[][], question: Question, lang: Locale) {
	expect(rows.slice(0, 6).map((entry) => entry[0])).toEqual(['NewQuestion', 'ID', 'Title', 'QuestionText', 'Points', 'Difficulty']);
	const type = rows[0]?.[1] ?? '';
	const body = rows.slice(6);
	for (const entry of body) expect(ROWS[type], `${type}: ${entry[0]}`).toContain(entry[0]);
	const of = (key: string) => body.filter((entry) => entry[0] === key);
	expect(of('Feedback')[0]?.[1]).toContain(question.key.explanation[lang].slice(0, 30));
	switch (question.type) {
		case 'single':
			expect(type).toBe('MC');
			expect(of('Option').map((entry) => [entry[1], entry[2]])).toEqual(question.view.options.map((option) => [option.id === question.key.answer ? '100' : '0', option.label[lang]]));
			return;
		case 'multiple':
			expect(type).toBe('MS');
			expect(of('Option').map((entry) => [entry[1], entry[2]])).toEqual(question.view.options.map((option) => [question.key.answer.includes(option.id) ? '1' : '0', option.label[lang]]));
			return;
		case 'truefalse':
			expect(type).toBe('TF');
			expect([of('TRUE')[0]?.[1], of('FALSE')[0]?.[1]]).toEqual(question.key.answer ? ['100', '0'] : ['0', '100']);
			return;
		case 'short':
		case 'numeric':
			expect(type).toBe('SA');
			expect(of('Answer').map((entry) => [entry[1], entry[2]])).toEqual((question.type === 'short' ? acceptedAnswers(question, lang) : numericForms(question)).map((answer) => ['100', answer]));
			return;
		case 'matching': {
			expect(type).toBe('M');
			const choices = new Map(of('Choice').map((entry) => [entry[1], entry[2]]));
			const pairs = of('Match').map((entry) => [choices.get(entry[1] ?? ''), entry[2]]);
			expect(pairs).toEqual(question.view.items.map((item) => [item.label[lang], question.view.targets.find((target) => target.id === question.key.answer[item.id])?.label[lang]]));
			return;
		}
		case 'ordering':
			expect(type).toBe('O');
			expect(of('Item').map((entry) => entry[1])).toEqual(question.key.order.map((id) => question.view.items.find((item) => item.id === id)?.label[lang]));
			return;
		default:
			throw new Error(`${question.type} is written as single choices`);
	}
}

describe('Blackboard upload (tab-delimited)', () => {
	for (const quiz of quizzes) {
		for (const lang of LANGS) {
			it(`${quiz.module} (${lang}): one question a line, the documented fields, every right answer`, () => {
				const file = toBlackboard(quiz, lang, { sources });
				expect(file.endsWith('\r\n')).toBe(true);
				const lines = file.slice(0, -2).split('\r\n');
				expect(lines.filter((entry) => entry.trim() === ''), 'no blank line').toEqual([]);
				const questions = flat(quiz, lang);
				expect(lines).toHaveLength(questions.length);
				lines.forEach((entry, index) => {
					expect(entry).not.toMatch(/[\r\n]/);
					checkBlackboardLine(entry.split('\t'), questions[index]!, lang);
				});
			});
		}
	}
});

describe('Brightspace question CSV', () => {
	for (const quiz of quizzes) {
		for (const lang of LANGS) {
			it(`${quiz.module} (${lang}): D2L's rows and columns, every right answer, RFC 4180 quoting`, () => {
				const file = toBrightspace(quiz, lang, { sources });
				expect(file.startsWith('\ufeff'), 'UTF-8 with a byte-order mark').toBe(true);
				const rows = parseCsv(file.slice(1));
				for (const entry of rows) expect(entry.length, JSON.stringify(entry)).toBe(5);
				const blocks: string[][][] = [[]];
				for (const entry of rows) {
					if (entry.every((field) => field === '')) blocks.push([]);
					else blocks[blocks.length - 1]!.push(entry);
				}
				const questions = flat(quiz, lang);
				expect(blocks).toHaveLength(questions.length);
				blocks.forEach((entries, index) => checkBrightspaceBlock(entries, questions[index]!, lang));
			});
		}
	}
});
