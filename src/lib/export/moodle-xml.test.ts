// @vitest-environment node
// The Moodle XML file is well-formed (fast-xml-parser's XMLValidator) and has Moodle's structure:
// quiz > question[type] with name, questiontext, generalfeedback and the answers of its type, the
// fractions adding up as Moodle requires, for every module's quiz in both languages.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Locale, Question, Quiz } from '../quiz/types';
import { both, samples } from '../quiz/test-support/sample-questions';
import { caseDecisions } from './case-decisions';
import { acceptedAnswers, defaultCategory, matchingPairs, numericTarget, promptText } from './gift';
import { escapeCloze, marksPerQuestion, moodleType, toMoodleXml } from './moodle-xml';
import { htmlText } from './scorm/lesson-html';
import { decodeEntities, formatNumber } from './text';
import { sourceIndex } from '$lib/content/sources';
import { quizzesByLanguage } from '../../../tests/support/quizzes-by-language';

const sources = sourceIndex();

type Text = { text?: string };
type Answer = { '@_fraction': string; text?: string; feedback?: Text; tolerance?: string };
type Subquestion = { text?: string; answer: Text[] };
type XmlQuestion = {
	'@_type': string;
	name?: Text;
	questiontext?: Text & { '@_format'?: string };
	generalfeedback?: Text & { '@_format'?: string };
	category?: Text;
	idnumber?: string;
	single?: string;
	shuffleanswers?: string;
	usecase?: string;
	defaultgrade?: string;
	gradingtype?: string;
	selecttype?: string;
	answer?: Answer[];
	subquestion?: Subquestion[];
};

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	parseAttributeValue: false,
	isArray: (name) => ['question', 'answer', 'subquestion'].includes(name)
});

function parseXml(xml: string): XmlQuestion[] {
	return (parser.parse(xml) as { quiz: { question: XmlQuestion[] } }).quiz.question;
}

/** Moodle's grade list (question_bank::fraction_options_full), in percent: imports must use it. */
const MOODLE_GRADES = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0];

function isMoodleGrade(fraction: number): boolean {
	return MOODLE_GRADES.some((grade) => Math.abs(Math.abs(fraction) - grade) / 100 < 1e-5);
}

/** htmlText folds white space (no-break spaces included): fold the expected text the same way. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

const fractions = (answers: Answer[]) => answers.map((answer) => Number(answer['@_fraction']));

/** Cloze blanks: {1:MULTICHOICE:=right~wrong}, alternatives split at the unescaped "~". */
function clozeBlanks(html: string): { weight: number; right: string[]; all: string[] }[] {
	return [...html.matchAll(/\{(\d+):MULTICHOICE:((?:\\.|[^}\\])*)\}/g)].map((match) => {
		const alternatives = (match[2] ?? '').split('~').map((alternative) => decodeEntities(alternative.replace(/\\([}#])/g, '$1')));
		return {
			weight: Number(match[1]),
			right: alternatives.filter((alternative) => alternative.startsWith('=')).map((alternative) => alternative.slice(1)),
			all: alternatives.map((alternative) => alternative.replace(/^=/, ''))
		};
	});
}

function checkQuestion(question: Question, xml: XmlQuestion, lang: Locale, marks: number, name = question.view.id) {
	const id = question.view.id;
	expect(xml['@_type'], id).toBe(moodleType(question));
	expect(xml.name?.text).toBe(name);
	expect(xml.idnumber).toBe(`${id}-${lang}`);
	expect(xml.questiontext?.['@_format']).toBe('html');
	expect(xml.generalfeedback?.['@_format']).toBe('html');
	const questionText = htmlText(xml.questiontext?.text ?? '');
	// Moodle's own Ordering type: the prompt as written, without the note for a matching version
	const prompt = question.type === 'ordering' ? question.view.prompt[lang] : promptText(question, lang);
	expect(questionText.startsWith(fold(prompt))).toBe(true);
	// every question worth the same marks; a cloze's are its blanks' weights (Moodle ignores defaultgrade)
	if (question.type === 'cloze') expect(xml.defaultgrade).toBeUndefined();
	else expect(Number(xml.defaultgrade), id).toBe(marks);
	expect(htmlText(xml.generalfeedback?.text ?? '')).toContain(fold(question.key.explanation[lang]));
	const answers = xml.answer ?? [];
	switch (question.type) {
		case 'single': {
			expect(xml.single).toBe('true');
			expect(answers.map((answer) => htmlText(answer.text ?? ''))).toEqual(question.view.options.map((option) => fold(option.label[lang])));
			expect(fractions(answers)).toEqual(question.view.options.map((option) => (option.id === question.key.answer ? 100 : 0)));
			answers.forEach((answer, index) => {
				const option = question.view.options[index];
				const feedback = option ? question.key.feedback[option.id]?.[lang] : undefined;
				expect(htmlText(answer.feedback?.text ?? '')).toBe(fold(feedback ?? ''));
			});
			return;
		}
		case 'multiple': {
			expect(xml.single).toBe('false');
			const right = new Set(question.key.answer);
			const values = fractions(answers);
			expect(answers.map((answer) => htmlText(answer.text ?? ''))).toEqual(question.view.options.map((option) => fold(option.label[lang])));
			question.view.options.forEach((option, index) => {
				const value = values[index] ?? NaN;
				expect(Math.abs(value - (right.has(option.id) ? 100 : -100) / right.size), `${id}/${option.id}`).toBeLessThan(1e-4);
			});
			const positive = values.filter((value) => value > 0).reduce((sum, value) => sum + value, 0);
			expect(Math.abs(positive - 100), `${id}: right fractions add up to 100`).toBeLessThan(1e-3);
			for (const value of values) expect(isMoodleGrade(value), `${id}: ${value} is in Moodle's grade list`).toBe(true);
			return;
		}
		case 'truefalse': {
			expect(answers.map((answer) => answer.text)).toEqual(['true', 'false']);
			expect(fractions(answers)).toEqual(question.key.answer ? [100, 0] : [0, 100]);
			expect(answers.map((answer) => htmlText(answer.feedback?.text ?? ''))).toEqual([fold(question.key.feedback.true[lang]), fold(question.key.feedback.false[lang])]);
			return;
		}
		case 'short': {
			expect(xml.usecase).toBe('0');
			expect(fractions(answers).every((value) => value === 100)).toBe(true);
			expect(answers.map((answer) => answer.text)).toEqual(acceptedAnswers(question, lang).map((text) => text.replace(/\*/g, '\\*')));
			// usecase 0: Moodle ignores case, not the kind of apostrophe; both kinds must be there
			const lower = new Set(answers.map((answer) => (answer.text ?? '').replace(/\\\*/g, '*').toLowerCase()));
			for (const accepted of [...question.key.accepted.fr, ...question.key.accepted.en]) {
				for (const typed of [accepted.trim(), accepted.trim().replace(/['’‘ʼ]/g, "'"), accepted.trim().replace(/['’‘ʼ]/g, '’')]) {
					expect(lower.has(typed.toLowerCase()), `${id}: ${typed}`).toBe(true);
				}
			}
			expect(lower.size, `${id}: each answer once`).toBe(answers.length);
			return;
		}
		case 'numeric': {
			const target = numericTarget(question);
			expect(answers).toHaveLength(1);
			expect(fractions(answers)).toEqual([100]);
			expect(Number(answers[0]?.text)).toBeCloseTo(target.answer, 9);
			expect(Number(answers[0]?.tolerance)).toBeCloseTo(target.tolerance, 9);
			expect(answers[0]?.text).toBe(formatNumber(target.answer));
			return;
		}
		case 'ordering': {
			expect([xml.selecttype, xml.gradingtype]).toEqual(['ALL', 'LONGEST_ORDERED_SUBSET']);
			const items = new Map(question.view.items.map((item) => [item.id, item.label[lang]]));
			expect(answers.map((answer) => htmlText(answer.text ?? ''))).toEqual(question.key.order.map((itemId) => fold(items.get(itemId) ?? '')));
			expect(fractions(answers)).toEqual(question.key.order.map((_, index) => index + 1));
			return;
		}
		case 'matching': {
			const subquestions = xml.subquestion ?? [];
			const pairs = subquestions.map((sub) => ({ item: htmlText(sub.text ?? ''), target: sub.answer[0]?.text ?? '' }));
			expect(pairs).toEqual(matchingPairs(question, lang).map(({ item, target }) => ({ item: fold(item), target: target.trim() })));
			// Moodle needs at least 2 subquestions and 3 answers
			expect(pairs.filter((pair) => pair.item !== '').length).toBeGreaterThanOrEqual(2);
			expect(new Set(pairs.map((pair) => pair.target)).size).toBeGreaterThanOrEqual(2);
			return;
		}
		case 'evidence': {
			// a multiple response over the sentences, in the passage's order, graded as the site grades it
			expect(xml.single).toBe('false');
			expect(xml.shuffleanswers).toBe('false');
			expect(questionText).toContain(fold(question.view.claim[lang]));
			if (question.view.origin) expect(questionText).toContain(fold(question.view.origin.publisher));
			const right = new Set(question.key.answer);
			const values = fractions(answers);
			expect(answers).toHaveLength(question.view.sentences.length);
			question.view.sentences.forEach((sentence, index) => {
				expect(htmlText(answers[index]?.text ?? '')).toContain(fold(sentence.text));
				expect(htmlText(answers[index]?.feedback?.text ?? '')).toBe(fold(question.key.feedback[sentence.id]?.[lang] ?? ''));
				const value = values[index] ?? NaN;
				expect(Math.abs(value - (right.has(sentence.id) ? 100 : -100) / right.size), `${id}/${sentence.id}`).toBeLessThan(1e-4);
			});
			for (const value of values) expect(isMoodleGrade(value), `${id}: ${value} is in Moodle's grade list`).toBe(true);
			return;
		}
		case 'cloze': {
			const blanks = clozeBlanks(xml.questiontext?.text ?? '');
			expect(blanks).toHaveLength(question.view.blanks.length);
			question.view.blanks.forEach((blank, index) => {
				const right = blank.options.find((option) => option.id === question.key.answer[blank.id]);
				expect(blanks[index]?.right, `${id}/${blank.id}: one right alternative`).toEqual([right?.label[lang]]);
				expect(blanks[index]?.all).toEqual(blank.options.map((option) => option.label[lang]));
			});
			// the blanks share the question's marks: it counts as one question, as on the site
			expect(blanks.reduce((sum, blank) => sum + blank.weight, 0), id).toBe(marks);
			for (const blank of blanks) expect(Number.isInteger(blank.weight) && blank.weight > 0).toBe(true);
			return;
		}
	}
}

function checkQuiz(quiz: Quiz, lang: Locale, xml: string) {
	expect(XMLValidator.validate(xml)).toBe(true);
	const questions = parseXml(xml);
	expect(questions[0]?.['@_type']).toBe('category');
	expect(questions[0]?.category?.text).toBe(defaultCategory(quiz, lang));
	const real = questions.slice(1);
	// a case is one single choice per decision (case-decisions.ts), checked as such
	const expected = quiz.questions.flatMap((question) =>
		question.type === 'case' ? caseDecisions(question, lang) : [{ question, name: question.view.id }]
	);
	expect(real).toHaveLength(expected.length);
	const marks = marksPerQuestion(quiz.questions);
	expected.forEach(({ question, name }, index) => checkQuestion(question, real[index] as XmlQuestion, lang, marks, name));
	const idnumbers = real.map((question) => question.idnumber);
	expect(new Set(idnumbers).size, 'every idnumber once').toBe(idnumbers.length);
}

describe('toMoodleXml', () => {
	const cases = quizzesByLanguage();
	it('has quizzes to check', () => {
		expect(cases.length).toBeGreaterThan(0);
	});

	it.each(cases)('%s (%s): well-formed, with the structure and fractions Moodle expects', (_, lang, quiz) => {
		checkQuiz(quiz, lang, toMoodleXml(quiz, lang, { sources }));
	});

	it('gives our translation of a quote once, with one colon ("(Translation: ours: …)" had two)', () => {
		const citation = { source: 'icc-statement', quote: 'La Cour condamne', lang: 'fr' as const, translation: { en: 'The Court condemns' } };
		const quiz: Quiz = { module: 'm', passMark: 0.5, questions: [{ ...samples.single, key: { ...samples.single.key, citations: [citation] } }] };
		const feedback = parseXml(toMoodleXml(quiz, 'en', { sources }))[1]?.generalfeedback?.text ?? '';
		expect(feedback).toContain('<q lang="fr">La Cour condamne</q> <span>(our translation: The Court condemns)</span>');
	});

	it('survives special characters in every text (XML, HTML, Cloze syntax, CDATA end)', () => {
		const nasty = both('a < b & c > d "e" \'f\' ]]> g ~ h } i # j { k \\ l * m');
		const quiz: Quiz = {
			module: 'tricky--module',
			passMark: 0.5,
			questions: [
				{ ...samples.single, view: { ...samples.single.view, prompt: nasty }, key: { ...samples.single.key, explanation: nasty, feedback: { a: nasty, c: nasty, d: nasty } } },
				{ ...samples.multiple, view: { ...samples.multiple.view, options: samples.multiple.view.options.map((option) => ({ ...option, label: nasty })) } },
				samples.truefalse,
				{ ...samples.short, key: { ...samples.short.key, accepted: { fr: ['a*b', 'x & y'], en: ['<tag>'] } } },
				samples.numeric,
				samples.ordering,
				samples.matching,
				{
					...samples.cloze,
					view: {
						...samples.cloze.view,
						text: both(`${nasty.en} ${samples.cloze.view.text.en}`),
						blanks: samples.cloze.view.blanks.map((blank) => ({ ...blank, options: blank.options.map((option) => ({ ...option, label: both(`${option.id} ~ } # \\ & <`) })) }))
					}
				},
				{ ...samples.case, view: { ...samples.case.view, prompt: nasty } },
				{ ...samples.evidence, view: { ...samples.evidence.view, claim: nasty, sentences: samples.evidence.view.sentences.map((s) => ({ ...s, text: `${s.text} ${nasty.en}` })) } }
			]
		};
		const xml = toMoodleXml(quiz, 'en');
		checkQuiz(quiz, 'en', xml);
		expect(xml).not.toContain('<!-- tricky--module');
	});

	it.each(['fr', 'en'] as const)('writes a case as one single choice per decision: facts, question, feedback, the decision’s citation (%s)', (lang) => {
		const quiz: Quiz = { module: 'cases', passMark: 0.5, questions: [samples.case] };
		const xml = toMoodleXml(quiz, lang);
		checkQuiz(quiz, lang, xml);
		const written = parseXml(xml).slice(1);
		expect(written.map((question) => [question['@_type'], question.single, question.idnumber])).toEqual([
			['multichoice', 'true', `k1.crime-${lang}`],
			['multichoice', 'true', `k1.link-${lang}`],
			['multichoice', 'true', `k1.who-${lang}`]
		]);
		samples.case.view.decisions.forEach((decision, index) => {
			const question = written[index]!;
			expect(htmlText(question.questiontext?.text ?? '')).toBe(fold(`${samples.case.view.prompt[lang]} ${decision.prompt[lang]}`));
			expect(question.answer?.map((answer) => htmlText(answer.feedback?.text ?? ''))).toEqual(
				decision.options.map((option) => samples.case.key.feedback[decision.id]![option.id]![lang])
			);
			const general = htmlText(question.generalfeedback?.text ?? '');
			expect(general).toContain(samples.case.key.explanation[lang]);
			// its own article, not the other decisions'
			expect(general).toContain(samples.case.key.decisionCitations[decision.id]!.quote);
			for (const other of samples.case.view.decisions.filter((entry) => entry.id !== decision.id)) {
				expect(general).not.toContain(`${samples.case.key.decisionCitations[other.id]!.quote}`);
			}
		});
	});

	it('escapes Cloze answers so that Moodle splits them where it should', () => {
		expect(escapeCloze('a ~ b } c # d \\ e')).toBe('a &#126; b \\} c \\# d &#92; e');
		// an apostrophe becomes &#39;, whose "#" Moodle reads as part of the entity (after "&")
		expect(escapeCloze("l'ONU")).toBe('l&#39;ONU');
	});
});

describe('marks: a cloze weighs one question', () => {
	it('every question is worth the least common multiple of the blank counts', () => {
		const cloze = (n: number): Question => ({
			...samples.cloze,
			view: { ...samples.cloze.view, blanks: Array.from({ length: n }, (_, index) => ({ ...samples.cloze.view.blanks[0]!, id: `b${index}` })) }
		});
		expect(marksPerQuestion([samples.single, samples.truefalse])).toBe(1);
		expect(marksPerQuestion([samples.single, cloze(1)])).toBe(1);
		expect(marksPerQuestion([cloze(2), cloze(3), samples.single])).toBe(6);
		expect(marksPerQuestion([cloze(2), cloze(4)])).toBe(4);
	});

	it('module quizzes: the total marks are the number of questions times the marks of one (a case: one per decision)', () => {
		for (const [, lang, quiz] of quizzesByLanguage()) {
			const written = parseXml(toMoodleXml(quiz, lang)).slice(1);
			const marks = marksPerQuestion(quiz.questions);
			const total = written.reduce((sum, question) => sum + (question['@_type'] === 'cloze' ? clozeBlanks(question.questiontext?.text ?? '').reduce((s, b) => s + b.weight, 0) : Number(question.defaultgrade)), 0);
			expect(total, `${quiz.module} ${lang}`).toBe(written.length * marks);
		}
	});
});

describe('short answers: every apostrophe accepted', () => {
	it('an answer with any apostrophe is a shortanswer answer as written, with \' and with ’, each once', () => {
		const quiz: Quiz = {
			module: 'm',
			passMark: 1,
			questions: [{ ...samples.short, key: { ...samples.short.key, accepted: { fr: ['déclaration d’acceptation', "D'ACCEPTATION", 'l‘État*'], en: ['d’acceptation'] } } }]
		};
		const xml = toMoodleXml(quiz, 'fr', { category: null });
		expect(XMLValidator.validate(xml)).toBe(true);
		const [question] = parseXml(xml);
		expect(question?.usecase).toBe('0');
		expect((question?.answer ?? []).map((answer) => [answer['@_fraction'], answer.text])).toEqual([
			['100', 'déclaration d’acceptation'],
			['100', "déclaration d'acceptation"],
			['100', "D'ACCEPTATION"],
			['100', 'D’ACCEPTATION'],
			['100', 'l‘État\\*'],
			['100', "l'État\\*"],
			['100', 'l’État\\*']
		]);
	});
});
