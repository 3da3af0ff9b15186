// @vitest-environment node
// The Canvas QTI 1.2 banks: checked item by item against the quiz (fast-xml-parser reads them back:
// every item's type, its right answer, every response and feedback it refers to declared), then
// every module's bank in both languages converted by Canvas's own QTI migration tool
// (tests/tools/canvas-qti-migration, run as Canvas runs it) without an error and without a
// "reference to undeclared outcome".
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { everyBank } from '$lib/content/quizzes';
import { sourceIndex } from '$lib/content/sources';
import type { Locale, Question, Quiz } from '../quiz/types';
import { quizIn } from '../quiz/in-language';
import { samples } from '../quiz/test-support/sample-questions';
import { caseDecisions } from './case-decisions';
import { acceptedAnswers, matchingPairs } from './gift';
import { CANVAS_OWN_WARNINGS, itemNotes, runCanvasQtiTool } from './test-support/canvas-qti-tool';
import { arr, qtiParser, text, type Node } from './test-support/qti-xml';
import { blankName, buildQtiPackage, canvasType, qtiAssessmentId, qtiIdent, toCanvasQti } from './qti';

const sources = sourceIndex();
const LANGS: Locale[] = ['fr', 'en'];
const banks = everyBank();

const parser = qtiParser(['item', 'response_lid', 'response_label', 'respcondition', 'itemfeedback', 'qtimetadatafield', 'varequal', 'not', 'displayfeedback']);

function items(xml: string): Node[] {
	const doc = parser.parse(xml) as { questestinterop: { assessment: { section: { item: Node[] } } } };
	return doc.questestinterop.assessment.section.item;
}

function meta(item: Node, label: string): string | undefined {
	const fields = arr(((item.itemmetadata as Node).qtimetadata as Node).qtimetadatafield);
	return fields.find((field) => field.fieldlabel === label)?.fieldentry as string | undefined;
}

function labelsOf(lid: Node): { ident: string; text: string }[] {
	return arr((lid.render_choice as Node).response_label).map((label) => ({ ident: String(label['@_ident']), text: text((label.material as Node).mattext) }));
}

/** The conditions that give the SCORE (setvar), with what they set. */
function scoring(item: Node): { condition: Node; value: number; action: string }[] {
	return arr((item.resprocessing as Node).respcondition)
		.filter((condition) => condition.setvar !== undefined)
		.map((condition) => ({ condition: condition.conditionvar as Node, value: Number(text(condition.setvar)), action: String((condition.setvar as Node)['@_action']) }));
}

/** The questions as items come: a case is one item per decision. */
function flat(quiz: Quiz, lang: Locale): Question[] {
	return quizIn(quiz, lang).questions.flatMap((question) => (question.type === 'case' ? caseDecisions(question, lang).map((decision) => decision.question) : [question]));
}

/** Checks one item: its type, its right answer read back, every reference declared. */
function checkItem(question: Question, item: Node, lang: Locale) {
	const id = question.view.id;
	expect(item['@_ident']).toBe(qtiIdent(`${id}-${lang}`));
	expect(String(item['@_ident'])).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
	expect(meta(item, 'question_type'), id).toBe(canvasType(question));
	expect(meta(item, 'points_possible')).toBe('1.0');
	const decvar = ((item.resprocessing as Node).outcomes as Node).decvar as Node;
	expect([decvar['@_varname'], decvar['@_minvalue'], decvar['@_maxvalue']]).toEqual(['SCORE', '0', '100']);
	const presentation = item.presentation as Node;
	const lids = arr(presentation.response_lid);
	const declared = new Set([...lids.map((lid) => String(lid['@_ident'])), ...(presentation.response_str ? ['response1'] : [])]);
	const conditions = arr((item.resprocessing as Node).respcondition);
	for (const condition of conditions) {
		const json = JSON.stringify(condition.conditionvar);
		for (const [, respident] of json.matchAll(/"@_respident":"([^"]+)"/g)) expect(declared.has(respident ?? ''), `${id}: ${respident} declared`).toBe(true);
		if (condition.setvar !== undefined) expect((condition.setvar as Node)['@_varname']).toBe('SCORE');
	}
	const feedbacks = new Set(arr(item.itemfeedback).map((feedback) => String(feedback['@_ident'])));
	expect(feedbacks.has('general_fb')).toBe(true);
	for (const condition of conditions) for (const shown of arr(condition.displayfeedback)) expect(feedbacks.has(String(shown['@_linkrefid'])), `${id}: feedback ${String(shown['@_linkrefid'])}`).toBe(true);
	const generalFeedback = text((((arr(item.itemfeedback).find((f) => f['@_ident'] === 'general_fb') as Node).flow_mat as Node).material as Node).mattext);
	expect(generalFeedback).toContain(question.key.explanation[lang].slice(0, 20).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/>/g, '&gt;'));
	const score = scoring(item);
	switch (question.type) {
		case 'single':
		case 'multiple': {
			const choices = labelsOf(lids[0] as Node);
			expect(choices.map((choice) => choice.text)).toEqual(question.view.options.map((option) => option.label[lang]));
			const identOf = (optionId: string) => choices[question.view.options.findIndex((option) => option.id === optionId)]?.ident;
			expect(score).toHaveLength(1);
			expect(score[0]?.value).toBe(100);
			if (question.type === 'single') {
				expect((lids[0] as Node)['@_rcardinality']).toBe('Single');
				expect(text(arr(score[0]?.condition.varequal)[0])).toBe(identOf(question.key.answer));
			} else {
				expect((lids[0] as Node)['@_rcardinality']).toBe('Multiple');
				const and = score[0]?.condition.and as Node;
				expect(arr(and.varequal).map(text).sort()).toEqual(question.key.answer.map(identOf).sort());
				expect(arr(and.not).map((not) => text(arr(not.varequal)[0])).sort()).toEqual(
					question.view.options.filter((option) => !question.key.answer.includes(option.id)).map((option) => identOf(option.id)).sort()
				);
			}
			return;
		}
		case 'truefalse':
			expect(labelsOf(lids[0] as Node).map((choice) => choice.ident)).toEqual(['true', 'false']);
			expect(text(arr(score[0]?.condition.varequal)[0])).toBe(String(question.key.answer));
			return;
		case 'short':
			expect(arr(score[0]?.condition.varequal).map(text)).toEqual(acceptedAnswers(question, lang));
			return;
		case 'numeric': {
			const { key } = question;
			const json = JSON.stringify(score[0]?.condition);
			const [low, high] = key.bounds.kind === 'range' ? [key.bounds.min, key.bounds.max] : [key.answer - key.bounds.tolerance, key.answer + key.bounds.tolerance];
			const read = (tag: string) => Number((json.match(new RegExp(`"${tag}":\\{[^}]*"#text":"([^"]+)"`)) ?? [])[1]);
			expect(read('vargte')).toBeCloseTo(low, 9);
			expect(read('varlte')).toBeCloseTo(high, 9);
			return;
		}
		case 'matching':
		case 'ordering': {
			const pairs = matchingPairs(question, lang).filter((pair) => pair.item !== '');
			expect(lids).toHaveLength(pairs.length);
			lids.forEach((lid, index) => {
				const choices = labelsOf(lid);
				expect(text((lid.material as Node).mattext)).toBe(pairs[index]?.item);
				const right = score.find((entry) => arr(entry.condition.varequal)[0]?.['@_respident'] === lid['@_ident']);
				expect(choices.find((choice) => choice.ident === text(arr(right?.condition.varequal)[0]))?.text).toBe(pairs[index]?.target);
				expect(right?.action).toBe('Add');
			});
			expect(score.reduce((sum, entry) => sum + entry.value, 0)).toBeCloseTo(100, 1);
			return;
		}
		case 'cloze': {
			const html = text((presentation.material as Node).mattext);
			expect(lids.map((lid) => lid['@_ident'])).toEqual(question.view.blanks.map((blank) => `response_${blankName(blank.id)}`));
			question.view.blanks.forEach((blank, index) => {
				expect(html).toContain(`[${blankName(blank.id)}]`);
				const choices = labelsOf(lids[index] as Node);
				const right = score.find((entry) => arr(entry.condition.varequal)[0]?.['@_respident'] === `response_${blankName(blank.id)}`);
				const expected = blank.options.find((option) => option.id === question.key.answer[blank.id])?.label[lang];
				expect(choices.find((choice) => choice.ident === text(arr(right?.condition.varequal)[0]))?.text).toBe(expected);
			});
			expect(score.reduce((sum, entry) => sum + entry.value, 0)).toBeCloseTo(100, 1);
			return;
		}
		case 'case':
			throw new Error('a case is written as its decisions');
	}
}

describe('Canvas QTI 1.2', () => {
	it('names safe identifiers', () => {
		expect(qtiIdent('j-un-status-en')).toBe('j-un-status-en');
		expect(qtiIdent('case.decision-fr')).toBe('case-decision-fr');
		expect(qtiIdent('1abc')).toBe('i1abc');
		expect(blankName('b-1')).toBe('b_1');
	});

	it('writes one item of every type, each read back with its right answer', () => {
		const quiz: Quiz = { module: 'sample', passMark: 0.7, questions: Object.values(samples) };
		for (const lang of LANGS) {
			const xml = toCanvasQti(quiz, lang, { sources });
			expect(XMLValidator.validate(xml)).toBe(true);
			const questions = flat(quiz, lang);
			const written = items(xml);
			expect(written).toHaveLength(questions.length);
			questions.forEach((question, index) => checkItem(question, written[index] as Node, lang));
		}
	});

	for (const quiz of banks) {
		for (const lang of LANGS) {
			it(`${quiz.module} (${lang}): every question, its right answer, unique identifiers`, () => {
				const { zip, files } = buildQtiPackage(quiz, lang, { sources });
				const unzipped = unzipSync(zip);
				expect(Object.keys(unzipped).sort()).toEqual(Object.keys(files).sort());
				const id = qtiAssessmentId(quiz.module, lang);
				const manifest = strFromU8(unzipped['imsmanifest.xml'] ?? new Uint8Array());
				expect(XMLValidator.validate(manifest)).toBe(true);
				const href = manifest.match(/<file href="([^"]+)"/)?.[1] ?? '';
				expect(href).toBe(`${id}/${id}.xml`);
				const xml = strFromU8(unzipped[href] ?? new Uint8Array());
				expect(XMLValidator.validate(xml)).toBe(true);
				const questions = flat(quiz, lang);
				const written = items(xml);
				expect(written).toHaveLength(questions.length);
				expect(new Set(written.map((item) => item['@_ident'])).size).toBe(written.length);
				questions.forEach((question, index) => checkItem(question, written[index] as Node, lang));
			});
		}
	}
});

describe("Canvas's QTI migration tool", () => {
	const work = mkdtempSync(join(tmpdir(), 'icc-qti-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('converts every bank of every module in both languages without an error', () => {
		let count = 0;
		for (const quiz of banks) {
			for (const lang of LANGS) {
				const { files } = buildQtiPackage(quiz, lang, { sources });
				for (const [path, content] of Object.entries(files)) {
					const file = join(work, 'in', `${quiz.module}-${lang}`, path);
					mkdirSync(dirname(file), { recursive: true });
					writeFileSync(file, content);
				}
				count += flat(quiz, lang).length;
			}
		}
		const { out, lines } = runCanvasQtiTool(join(work, 'in'), join(work, 'out'));
		expect(lines.filter((line) => /error/i.test(line))).toEqual([]);
		expect(lines.filter((line) => /undeclared/i.test(line))).toEqual([]);
		// the only warnings: numeric bounds compared as text, as for Canvas's own numeric exports
		// (Canvas reads them back from customOperator vargte/varlte)
		expect(lines.filter((line) => /^Warning/.test(line) && !/^Warning: var[gl]te not supported on String/.test(line))).toEqual([]);
		const converted = readdirSync(join(out, 'assessmentItems'));
		expect(converted).toHaveLength(count);
		const manifest = readFileSync(join(out, 'imsmanifest.xml'), 'utf8');
		// what Canvas then reads (qti.rb): resource[type^=imsqti_item_xmlv2p], and the assessments
		expect(manifest.match(/type="imsqti_item_xmlv2p\d"/g)?.length).toBe(count);
		expect(manifest.match(/type="imsqti_assessment_xmlv2p1"/g)?.length).toBe(banks.length * LANGS.length);
		for (const file of converted) {
			const item = readFileSync(join(out, 'assessmentItems', file), 'utf8');
			const notes = itemNotes(item);
			expect(notes.filter((line) => /error|undeclared/i.test(line)), file).toEqual([]);
			expect(notes.filter((line) => !CANVAS_OWN_WARNINGS.some((known) => known.test(line))), file).toEqual([]);
			expect(item, file).toMatch(/<instructureField name="question_type" value="[a-z_]+_question" \/>/);
			expect(item, file).toContain('<outcomeDeclaration identifier="SCORE"');
			if (item.includes('value="numerical_question"')) expect(item, file).toContain('<customOperator class="vargte">');
		}
	}, 60_000);
});
