// A quiz as a QTI 1.2 question bank in Canvas's flavour, in one language, and its zip (a "QTI .zip
// file" for Canvas's Import Course Content). Written after Canvas's own exporter
// (instructure/canvas-lms, lib/cc/qti/qti_items.rb): each item says its Canvas `question_type` and
// `points_possible` in its qtimetadata; the response is `response1` (or `response_<id>` per matching
// item or dropdown); the score is the outcome SCORE declared 0–100 (`decvar`), set to 100 by the
// right answer or added to per right pair or blank. How each type maps is in README.md; in short:
//   single → multiple_choice_question; multiple → multiple_answers_question; truefalse →
//   true_false_question; short → short_answer_question (the accepted answers of both languages);
//   numeric → numerical_question (exact value or range); matching → matching_question (unused
//   targets are extra choices); ordering → matching_question (item → position); cloze →
//   multiple_dropdowns_question ([blank] in the text, one drop-down per blank); case → one
//   multiple_choice_question per decision (case-decisions.ts).
// The explanation and the citations are the general feedback (`general_fb`); each option's feedback
// is its own `itemfeedback`. Pure: no Node API.
import { evidenceAsMultiple } from '../describe-evidence';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { caseDecisions } from './case-decisions';
import { acceptedAnswers, matchingPairs, promptText, type BankOptions } from './gift';
import { labels } from './labels';
import { generalFeedbackHtml, paragraph, paragraphs } from './moodle-xml';
import { escapeHtml, escapeXml, formatNumber } from './text';
import { splitClozeText } from '../quiz/widgets/cloze/cloze-text';
import type { Locale, Question, Quiz } from '../quiz/types';
import { quizIn } from '../quiz/in-language';

/** Canvas's question types (Classic Quizzes' question banks). */
export type CanvasType =
	| 'multiple_choice_question'
	| 'multiple_answers_question'
	| 'true_false_question'
	| 'short_answer_question'
	| 'numerical_question'
	| 'matching_question'
	| 'multiple_dropdowns_question';

/**
 * An identifier QTI and Canvas's migration tool accept as it is: letters, digits, "_" and "-",
 * starting with a letter (the tool strips ":" and "." with a warning, and an NMTOKEN cannot hold
 * spaces). Ids of the quiz are kebab-case already; a case's decision id `case.decision` becomes
 * `case-decision`.
 */
export function qtiIdent(text: string): string {
	const cleaned = text.replace(/[^A-Za-z0-9_-]/g, '-');
	return /^[A-Za-z]/.test(cleaned) ? cleaned : `i${cleaned}`;
}

/** A blank's name in a Canvas dropdown text (`[name]`): letters, digits and "_". */
export function blankName(id: string): string {
	const cleaned = id.replace(/[^A-Za-z0-9_]/g, '_');
	return /^[A-Za-z]/.test(cleaned) ? cleaned : `b${cleaned}`;
}

export function canvasType(question: Question): CanvasType {
	switch (question.type) {
		case 'single':
		case 'case':
			return 'multiple_choice_question';
		case 'multiple':
		case 'evidence':
			return 'multiple_answers_question';
		case 'truefalse':
			return 'true_false_question';
		case 'short':
			return 'short_answer_question';
		case 'numeric':
			return 'numerical_question';
		case 'matching':
		case 'ordering':
			return 'matching_question';
		case 'cloze':
			return 'multiple_dropdowns_question';
	}
}

const I = '      ';

function metaField(label: string, entry: string): string {
	return `${I}    <qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${escapeXml(entry)}</fieldentry></qtimetadatafield>\n`;
}

function htmlMaterial(html: string, indent: string): string {
	return `${indent}<material><mattext texttype="text/html">${escapeXml(html)}</mattext></material>\n`;
}

function plainMaterial(text: string, indent: string): string {
	return `${indent}<material><mattext texttype="text/plain">${escapeXml(text)}</mattext></material>\n`;
}

function choiceLabels(choices: { ident: string; text: string }[], indent: string): string {
	return choices
		.map((choice) => `${indent}<response_label ident="${choice.ident}">\n${plainMaterial(choice.text, `${indent}  `)}${indent}</response_label>\n`)
		.join('');
}

function feedbackItem(ident: string, html: string): string {
	return `${I}<itemfeedback ident="${ident}">\n${I}  <flow_mat>\n${htmlMaterial(html, `${I}    `)}${I}  </flow_mat>\n${I}</itemfeedback>\n`;
}

function varequal(respident: string, value: string): string {
	return `<varequal respident="${respident}">${escapeXml(value)}</varequal>`;
}

/** A respcondition: `continue` Yes for feedback only, No once the score is decided. */
function respcondition(condition: string, then: string, go: 'Yes' | 'No' = 'No'): string {
	return `${I}  <respcondition continue="${go}">\n${I}    <conditionvar>${condition}</conditionvar>\n${then ? `${I}    ${then}\n` : ''}${I}  </respcondition>\n`;
}

const setScore = (value: string, action: 'Set' | 'Add' = 'Set') => `<setvar action="${action}" varname="SCORE">${value}</setvar>`;
const showFeedback = (ident: string) => `<displayfeedback feedbacktype="Response" linkrefid="${ident}"/>`;

/** 100/n with two decimals, as Canvas writes each pair's or blank's share. */
function share(count: number): string {
	return (100 / Math.max(1, count)).toFixed(2);
}

type Parts = { presentation: string; processing: string; feedback: string };

/** Options as Canvas answers: idents o1…on, in the order authored (Canvas shuffles if the quiz says so). */
function optionParts(question: Extract<Question, { type: 'single' | 'multiple' }>, lang: Locale): Parts {
	const options = question.view.options.map((option, index) => ({ option, ident: `o${index + 1}` }));
	const cardinality = question.type === 'multiple' ? 'Multiple' : 'Single';
	const presentation =
		`${I}  <response_lid ident="response1" rcardinality="${cardinality}">\n${I}    <render_choice>\n` +
		choiceLabels(
			options.map(({ option, ident }) => ({ ident, text: option.label[lang] })),
			`${I}      `
		) +
		`${I}    </render_choice>\n${I}  </response_lid>\n`;
	let processing = '';
	let feedback = '';
	for (const { option, ident } of options) {
		const text = question.key.feedback[option.id]?.[lang];
		if (!text) continue;
		processing += respcondition(varequal('response1', ident), showFeedback(`${ident}_fb`), 'Yes');
		feedback += feedbackItem(`${ident}_fb`, paragraph(text));
	}
	if (question.type === 'single') {
		const right = options.find(({ option }) => option.id === question.key.answer)?.ident ?? '';
		processing += respcondition(varequal('response1', right), setScore('100'));
	} else {
		const right = new Set(question.key.answer);
		const all = options
			.map(({ option, ident }) => (right.has(option.id) ? varequal('response1', ident) : `<not>${varequal('response1', ident)}</not>`))
			.join('');
		processing += respcondition(`<and>${all}</and>`, setScore('100'));
	}
	return { presentation, processing, feedback };
}

function trueFalseParts(question: Extract<Question, { type: 'truefalse' }>, lang: Locale): Parts {
	const choices = [
		{ ident: 'true', text: labels[lang].trueLabel, feedback: question.key.feedback.true[lang] },
		{ ident: 'false', text: labels[lang].falseLabel, feedback: question.key.feedback.false[lang] }
	];
	const presentation =
		`${I}  <response_lid ident="response1" rcardinality="Single">\n${I}    <render_choice>\n` +
		choiceLabels(choices, `${I}      `) +
		`${I}    </render_choice>\n${I}  </response_lid>\n`;
	const feedbackConditions = choices.map((choice) => respcondition(varequal('response1', choice.ident), showFeedback(`${choice.ident}_fb`), 'Yes')).join('');
	return {
		presentation,
		processing: feedbackConditions + respcondition(varequal('response1', String(question.key.answer)), setScore('100')),
		feedback: choices.map((choice) => feedbackItem(`${choice.ident}_fb`, paragraph(choice.feedback))).join('')
	};
}

const fibResponse = (fibtype?: string) =>
	`${I}  <response_str ident="response1" rcardinality="Single">\n${I}    <render_fib${fibtype ? ` fibtype="${fibtype}"` : ''}>\n${I}      <response_label ident="answer1" rshuffle="No"/>\n${I}    </render_fib>\n${I}  </response_str>\n`;

/** Dropdowns or matching lists: one response_lid per blank or item, each with its own choices. */
function listParts(lists: { ident: string; prompt: string; choices: { ident: string; text: string }[]; right: string }[]): Parts {
	const presentation = lists
		.map(
			(list) =>
				`${I}  <response_lid ident="${list.ident}">\n${plainMaterial(list.prompt, `${I}    `)}${I}    <render_choice>\n` +
				choiceLabels(list.choices, `${I}      `) +
				`${I}    </render_choice>\n${I}  </response_lid>\n`
		)
		.join('');
	const points = share(lists.length);
	return {
		presentation,
		processing: lists.map((list) => respcondition(varequal(list.ident, list.right), setScore(points, 'Add'), 'Yes')).join(''),
		feedback: ''
	};
}

function matchingParts(question: Extract<Question, { type: 'matching' | 'ordering' }>, lang: Locale): Parts {
	const pairs = matchingPairs(question, lang);
	const targets = [...new Set(pairs.map((pair) => pair.target))].map((text, index) => ({ ident: `t${index + 1}`, text }));
	const identOf = new Map(targets.map((target) => [target.text, target.ident]));
	const lists = pairs
		.filter((pair) => pair.item !== '')
		.map((pair, index) => ({ ident: `response_m${index + 1}`, prompt: pair.item, choices: targets, right: identOf.get(pair.target) ?? '' }));
	return listParts(lists);
}

function clozeParts(question: Extract<Question, { type: 'cloze' }>, lang: Locale): Parts {
	return listParts(
		question.view.blanks.map((blank) => {
			const choices = blank.options.map((option, index) => ({ ident: `${blankName(blank.id)}_o${index + 1}`, text: option.label[lang] }));
			const right = blank.options.findIndex((option) => option.id === question.key.answer[blank.id]);
			return { ident: `response_${blankName(blank.id)}`, prompt: blankName(blank.id), choices, right: choices[right]?.ident ?? '' };
		})
	);
}

function clozeHtml(question: Extract<Question, { type: 'cloze' }>, lang: Locale): string {
	const body = splitClozeText(question.view.text[lang])
		.map((segment) => (segment.kind === 'text' ? escapeHtml(segment.text) : `[${blankName(segment.id)}]`))
		.join('');
	return `${paragraph(question.view.prompt[lang])}<p>${body}</p>`;
}

function typeParts(question: Question, lang: Locale): Parts {
	switch (question.type) {
		case 'single':
		case 'multiple':
			return optionParts(question, lang);
		case 'evidence':
			return optionParts(evidenceAsMultiple(question, lang), lang);
		case 'truefalse':
			return trueFalseParts(question, lang);
		case 'short': {
			const answers = acceptedAnswers(question, lang);
			return { presentation: fibResponse(), processing: respcondition(answers.map((answer) => varequal('response1', answer)).join(''), setScore('100')), feedback: '' };
		}
		case 'numeric': {
			const { bounds, answer } = question.key;
			const condition =
				bounds.kind === 'range'
					? `<vargte respident="response1">${formatNumber(bounds.min)}</vargte><varlte respident="response1">${formatNumber(bounds.max)}</varlte>`
					: `<or>${varequal('response1', formatNumber(answer))}<and><vargte respident="response1">${formatNumber(answer - bounds.tolerance)}</vargte><varlte respident="response1">${formatNumber(answer + bounds.tolerance)}</varlte></and></or>`;
			return { presentation: fibResponse('Decimal'), processing: respcondition(condition, setScore('100')), feedback: '' };
		}
		case 'matching':
		case 'ordering':
			return matchingParts(question, lang);
		case 'cloze':
			return clozeParts(question, lang);
		// written as its decisions (itemXml)
		case 'case':
			return { presentation: '', processing: '', feedback: '' };
	}
}

/** One <item>; a case is one item per decision. */
function itemXml(question: Question, lang: Locale, options: BankOptions, title = question.view.id, html?: string): string {
	// an evidence question is a multiple answer over its passage's sentences (as in GIFT)
	if (question.type === 'evidence') return itemXml(evidenceAsMultiple(question, lang), lang, options, title, html);
	if (question.type === 'case') {
		// each decision asked as caseDecisions writes it: the facts (a comparison's accounts too), then its question
		return caseDecisions(question, lang)
			.map(({ question: decision, name }) => itemXml(decision, lang, options, name, paragraphs(decision.view.prompt[lang])))
			.join('');
	}
	return qtiItem(question, lang, options, { title, html, meta: [['question_type', canvasType(question)], ['points_possible', '1.0']] });
}

/**
 * One QTI 1.2 <item> of a question that is one item (not a case), with the metadata fields given:
 * Canvas's question_type and points_possible, or Common Cartridge's cc_profile (cc.ts).
 */
export function qtiItem(question: Question, lang: Locale, options: BankOptions, item: { title: string; html?: string; meta: [string, string][] }): string {
	const ident = qtiIdent(`${question.view.id}-${lang}`);
	const questionHtml = item.html ?? (question.type === 'cloze' ? clozeHtml(question, lang) : paragraph(promptText(question, lang)));
	const parts = typeParts(question, lang);
	return (
		`    <item ident="${ident}" title="${escapeXml(item.title)}">\n` +
		`${I}<itemmetadata>\n${I}  <qtimetadata>\n` +
		item.meta.map(([label, entry]) => metaField(label, entry)).join('') +
		`${I}  </qtimetadata>\n${I}</itemmetadata>\n` +
		`${I}<presentation>\n${htmlMaterial(questionHtml, `${I}  `)}${parts.presentation}${I}</presentation>\n` +
		`${I}<resprocessing>\n${I}  <outcomes>\n${I}    <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>\n${I}  </outcomes>\n` +
		respcondition('<other/>', showFeedback('general_fb'), 'Yes') +
		parts.processing +
		`${I}</resprocessing>\n` +
		feedbackItem('general_fb', generalFeedbackHtml(question, lang, options)) +
		parts.feedback +
		`    </item>\n`
	);
}

/** The assessment's identifier and title: one per module and language. */
export function qtiAssessmentId(module: string, lang: Locale): string {
	return qtiIdent(`icc-${module}-${lang}`);
}

export function qtiTitle(module: string, lang: Locale): string {
	return `ICC – ${module} (${lang})`;
}

/** The quiz as one QTI 1.2 assessment (questestinterop > assessment > section > item…). */
export function toCanvasQti(quiz: Quiz, lang: Locale, options: BankOptions = {}): string {
	const id = qtiAssessmentId(quiz.module, lang);
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<!-- ${quiz.module} (${lang}): generated by npm run export from the quiz.yaml of the module; see src/lib/export/README.md -->\n` +
		'<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
		' xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">\n' +
		`  <assessment ident="${id}" title="${escapeXml(qtiTitle(quiz.module, lang))}">\n` +
		`    <qtimetadata>\n      <qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield>\n    </qtimetadata>\n` +
		`  <section ident="root_section">\n` +
		quizIn(quiz, lang)
			.questions.map((question) => itemXml(question, lang, options))
			.join('') +
		'  </section>\n  </assessment>\n</questestinterop>\n'
	);
}

export function qtiFileName(module: string, lang: Locale): string {
	return `${module}-${lang}.qti.zip`;
}

/** imsmanifest.xml of the QTI zip: one resource of type imsqti_xmlv1p2, its one file. */
export function qtiManifest(id: string, href: string): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}-manifest" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd">
  <metadata>
    <schema>IMS Content</schema>
    <schemaversion>1.1.3</schemaversion>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="${id}" type="imsqti_xmlv1p2" href="${escapeXml(href)}">
      <file href="${escapeXml(href)}"/>
    </resource>
  </resources>
</manifest>
`;
}

/** The zip Canvas imports ("QTI .zip file"): imsmanifest.xml and <id>/<id>.xml. */
export function buildQtiPackage(quiz: Quiz, lang: Locale, options: BankOptions = {}, date = new Date('2025-01-01T00:00:00Z')): { zip: Uint8Array; files: Record<string, string> } {
	const id = qtiAssessmentId(quiz.module, lang);
	const href = `${id}/${id}.xml`;
	const files: Record<string, string> = {
		'imsmanifest.xml': qtiManifest(id, href),
		[href]: toCanvasQti(quiz, lang, options)
	};
	const zippable: Zippable = Object.fromEntries(Object.entries(files).map(([path, text]) => [path, [strToU8(text), { mtime: date }]]));
	return { zip: zipSync(zippable, { level: 9 }), files };
}
