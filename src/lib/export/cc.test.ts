// @vitest-environment node
// The Common Cartridges (1.1 and 1.3) of every module in both languages: the manifest's references
// resolve (every file it names is in the zip, every file of the zip is named, every item points to a
// resource), identifiers are XML ids and unique, no path leaves the package, the web link is the
// lesson's address, and every item of the bank is of the CC profile with a correct response that is
// the quiz's. The banks then go through Canvas's QTI migration tool, as the QTI files do.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { everyBank } from '$lib/content/quizzes';
import { sourceIndex } from '$lib/content/sources';
import type { Locale, Question } from '../quiz/types';
import { quizIn } from '../quiz/in-language';
import { samples } from '../quiz/test-support/sample-questions';
import { acceptedAnswers } from './gift';
import { buildCommonCartridge, CC_PROFILES, ccQuestions, ccVersionInfo, lessonUrl, numericForms, type CcVersion } from './cc';
import { CANVAS_OWN_WARNINGS, itemNotes, runCanvasQtiTool } from './test-support/canvas-qti-tool';
import { arr, qtiParser, text, type Node } from './test-support/qti-xml';

const sources = sourceIndex();
const LANGS: Locale[] = ['fr', 'en'];
const VERSIONS: CcVersion[] = ['1.1', '1.3'];
const ORIGIN = 'https://icc.example.org';

const parser = qtiParser(['item', 'resource', 'file', 'response_label', 'respcondition', 'qtimetadatafield', 'varequal', 'not', 'response_lid']);

/** Every identifier attribute of a parsed tree. */
function identifiers(node: unknown, found: string[] = []): string[] {
	if (Array.isArray(node)) for (const entry of node) identifiers(entry, found);
	else if (node && typeof node === 'object') {
		for (const [key, value] of Object.entries(node)) {
			if (key === '@_identifier') found.push(String(value));
			else identifiers(value, found);
		}
	}
	return found;
}

/** What the right answer of an item reads as: the labels (or texts) that give the SCORE 100. */
function rightAnswer(item: Node): string[] {
	const presentation = item.presentation as Node;
	const labels = new Map(
		arr(((arr(presentation.response_lid)[0]?.render_choice as Node | undefined) ?? {}).response_label).map((label) => [String(label['@_ident']), text((label.material as Node).mattext)])
	);
	const scoring = arr((item.resprocessing as Node).respcondition).filter((condition) => condition.setvar !== undefined);
	expect(scoring).toHaveLength(1);
	expect(text(scoring[0]?.setvar)).toBe('100');
	const condition = scoring[0]?.conditionvar as Node;
	const equal = arr(condition.varequal).length ? arr(condition.varequal) : arr((condition.and as Node | undefined)?.varequal);
	return equal.map((entry) => labels.get(text(entry)) ?? text(entry));
}

function expectedRight(question: Question, lang: Locale): string[] {
	switch (question.type) {
		case 'single':
			return [question.view.options.find((option) => option.id === question.key.answer)?.label[lang] ?? '?'];
		case 'multiple':
			return question.view.options.filter((option) => question.key.answer.includes(option.id)).map((option) => option.label[lang]);
		case 'truefalse':
			return [question.key.answer ? 'true' : 'false'].map((value) => (value === 'true' ? (lang === 'fr' ? 'Vrai' : 'True') : lang === 'fr' ? 'Faux' : 'False'));
		case 'short':
			return acceptedAnswers(question, lang);
		default:
			throw new Error(`not a CC profile type: ${question.type}`);
	}
}

const SAFE_ID = /^[A-Za-z_][A-Za-z0-9._-]*$/;

describe('Common Cartridge', () => {
	it('maps each type to the CC profile', () => {
		for (const lang of LANGS) {
			const kinds = Object.values(samples).map((question) => ccQuestions(quizIn({ module: 'x', passMark: 1, questions: [question] }, lang).questions[0]!, lang).map((entry) => entry.question.type));
			expect(kinds.map((list) => [...new Set(list)])).toEqual([['single'], ['multiple'], ['truefalse'], ['short'], ['short'], ['single'], ['single'], ['single'], ['single'], ['multiple']]);
		}
		expect(numericForms({ ...samples.numeric, key: { ...samples.numeric.key, answer: 12, bounds: { kind: 'tolerance', tolerance: 0 } } })).toEqual(['12']);
		expect(numericForms({ ...samples.numeric, key: { ...samples.numeric.key, answer: 2.5, bounds: { kind: 'tolerance', tolerance: 0 } } })).toEqual(['2.5', '2,5']);
		expect(numericForms({ ...samples.numeric, key: { ...samples.numeric.key, answer: 124, bounds: { kind: 'range', min: 123, max: 125 } } })).toEqual(['123', '124', '125']);
		expect(lessonUrl('https://x.org/', '01-jurisdiction', 'fr')).toBe('https://x.org/fr/modules/01-jurisdiction/');
		// the parts keep the right answer: each matching item its target, each position its item, each blank its option
		const matching = ccQuestions(samples.matching, 'en');
		expect(matching.map((part) => (part.question.type === 'single' ? part.question.key.answer : ''))).toEqual(samples.matching.view.items.map((item) => samples.matching.key.answer[item.id]));
		expect(ccQuestions(samples.ordering, 'en').map((part) => (part.question.type === 'single' ? part.question.key.answer : ''))).toEqual(samples.ordering.key.order);
		const cloze = ccQuestions(samples.cloze, 'en');
		expect(cloze.map((part) => (part.question.type === 'single' ? part.question.key.answer : ''))).toEqual(samples.cloze.view.blanks.map((blank) => samples.cloze.key.answer[blank.id]));
		expect(cloze[0]?.html).toContain('____');
	});

	for (const quiz of everyBank()) {
		for (const lang of LANGS) {
			for (const version of VERSIONS) {
				it(`${quiz.module} (${lang}) CC ${version}: references resolve, safe ids and paths, every item right`, () => {
					const url = lessonUrl(ORIGIN, quiz.module, lang);
					const { zip } = buildCommonCartridge({ quiz, lang, version, title: 'Lesson & title', url, sources });
					const files = Object.fromEntries(Object.entries(unzipSync(zip)).map(([path, bytes]) => [path, strFromU8(bytes)]));
					for (const path of Object.keys(files)) {
						expect(path, 'no path leaves the package').not.toMatch(/(^\/|^[A-Za-z]:|\\|(^|\/)\.\.(\/|$))/);
						expect(XMLValidator.validate(files[path] ?? ''), path).toBe(true);
					}
					const info = ccVersionInfo(version);
					const manifest = (parser.parse(files['imsmanifest.xml'] ?? '') as { manifest: Node }).manifest;
					expect(manifest['@_xmlns']).toBe(info.cp);
					expect(((manifest.metadata as Node).schemaversion as string) ?? '').toBe(info.schemaversion);
					const resources = arr((manifest.resources as Node).resource);
					const byId = new Map(resources.map((resource) => [String(resource['@_identifier']), resource]));
					const ids = identifiers(manifest);
					expect(new Set(ids).size, 'identifiers unique').toBe(ids.length);
					for (const id of ids) expect(id).toMatch(SAFE_ID);
					// every item of the organization points to a resource
					const items = identifiers((manifest.organizations as Node).organization);
					expect(items.length).toBeGreaterThan(0);
					const refs = JSON.stringify(manifest.organizations).match(/"@_identifierref":"([^"]+)"/g) ?? [];
					expect(refs.length).toBe(1);
					for (const ref of refs) expect(byId.has(ref.split('"')[3] ?? '')).toBe(true);
					// every file named is in the zip, every file of the zip is named
					const named = resources.flatMap((resource) => arr(resource.file).map((file) => String(file['@_href'])));
					expect(named.sort()).toEqual(Object.keys(files).filter((path) => path !== 'imsmanifest.xml').sort());
					const types = resources.map((resource) => resource['@_type']);
					expect(types.sort()).toEqual([info.bankType, info.weblinkType].sort());
					// the web link
					const weblinkFile = arr(resources.find((resource) => resource['@_type'] === info.weblinkType)?.file)[0]?.['@_href'] as string;
					const weblink = (parser.parse(files[weblinkFile] ?? '') as { webLink: Node }).webLink;
					expect(weblink['@_xmlns']).toBe(info.weblinkNs);
					expect((weblink.url as Node)['@_href']).toBe(url);
					expect(text(weblink.title)).toBe('Lesson & title');
					// the bank: CC profile items, each with its right answer
					const bankFile = arr(resources.find((resource) => resource['@_type'] === info.bankType)?.file)[0]?.['@_href'] as string;
					const bank = ((parser.parse(files[bankFile] ?? '') as { questestinterop: Node }).questestinterop.objectbank as Node).item as Node[];
					const expected = quizIn(quiz, lang).questions.flatMap((question) => ccQuestions(question, lang));
					expect(bank).toHaveLength(expected.length);
					const idents = bank.map((item) => String(item['@_ident']));
					expect(new Set(idents).size).toBe(idents.length);
					bank.forEach((item, index) => {
						const entry = expected[index]!;
						const fields = arr(((item.itemmetadata as Node).qtimetadata as Node).qtimetadatafield);
						expect(fields.map((field) => [field.fieldlabel, field.fieldentry])).toEqual([['cc_profile', CC_PROFILES[entry.question.type]]]);
						expect(String(item['@_ident'])).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
						expect(rightAnswer(item).sort(), String(item['@_ident'])).toEqual(expectedRight(entry.question, lang).sort());
					});
				});
			}
		}
	}
});

describe("Canvas's QTI migration tool on the cartridges' banks", () => {
	const work = mkdtempSync(join(tmpdir(), 'icc-cc-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	it('converts every bank (CC 1.3) without an error', () => {
		let count = 0;
		for (const quiz of everyBank()) {
			for (const lang of LANGS) {
				const { files } = buildCommonCartridge({ quiz, lang, version: '1.3', title: quiz.module, url: lessonUrl(ORIGIN, quiz.module, lang), sources });
				const bank = Object.keys(files).find((path) => path.endsWith('question_bank.xml')) ?? '';
				const file = join(work, 'in', `${quiz.module}-${lang}`, 'bank.xml');
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, files[bank] ?? '');
				count += quizIn(quiz, lang).questions.flatMap((question) => ccQuestions(question, lang)).length;
			}
		}
		const { out, lines } = runCanvasQtiTool(join(work, 'in'), join(work, 'out'));
		expect(lines.filter((line) => /error|undeclared/i.test(line))).toEqual([]);
		// an objectbank is read item by item (the tool says so once per bank)
		expect(lines.filter((line) => /^Warning/.test(line) && !/objectbank not supported, looking inside for items/.test(line))).toEqual([]);
		const converted = readdirSync(join(out, 'assessmentItems'));
		expect(converted).toHaveLength(count);
		for (const name of converted) {
			const notes = itemNotes(readFileSync(join(out, 'assessmentItems', name), 'utf8'));
			expect(notes.filter((line) => /error|undeclared/i.test(line)), name).toEqual([]);
			expect(notes.filter((line) => !CANVAS_OWN_WARNINGS.some((known) => known.test(line)) && !/cc_profile|common cartridge/i.test(line)), name).toEqual([]);
		}
	}, 60_000);
});
