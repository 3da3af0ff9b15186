// A quiz as a Moodle XML question bank, in one language. How each type maps is explained in
// README.md (this folder); in short:
//   single → multichoice (single=true); multiple → multichoice (single=false), right options
//   +100/n %, wrong ones −100/n %; truefalse → truefalse; short → shortanswer (every accepted
//   answer of both languages, with straight and typographic apostrophes); numeric → numerical
//   (answer, tolerance; a range becomes its midpoint ± half-width); matching → matching (unused targets as distractors); ordering → ordering
//   (Moodle's core Ordering type since 4.4, graded on the longest ordered subset); cloze → cloze
//   (Moodle's "multianswer" type) with {w:MULTICHOICE:…} blanks, weighted so that it counts as one
//   question (see "marks" below);
//   case → one multichoice (single=true) per decision (case-decisions.ts): the facts, then the
//   decision's question; per-option feedback; the explanation and the decision's citation;
//   evidence → multichoice (single=false) over the passage's sentences (src/lib/describe-evidence.ts), in
//   the passage's order (not shuffled), per-sentence feedback.
// Texts are HTML (format="html") inside CDATA sections, as Moodle's own export writes them.
// Pure: no Node API, so that a browser page can call it too.
import { defaultCategory, generalFeedbackText, matchingPairs, numericTarget, acceptedAnswers, percentWeight, promptText, type BankOptions } from './gift';
import { citationText } from './sources';
import { cdata, escapeHtml, escapeXml, formatNumber } from './text';
import { caseDecisions } from './case-decisions';
import { evidenceAsMultiple } from '../describe-evidence';
import { labels } from './labels';
import { splitClozeText } from '../quiz/widgets/cloze/cloze-text';
import type { Locale, Question, Quiz } from '../quiz/types';
import { quizIn } from '../quiz/in-language';

const INDENT = '    ';

function text(value: string, indent: string): string {
	return `${indent}<text>${value === '' ? '' : cdata(value)}</text>\n`;
}

function plainText(value: string, indent: string): string {
	return `${indent}<text>${escapeXml(value)}</text>\n`;
}

/** An XML comment cannot hold "--". */
function comment(value: string): string {
	return `<!-- ${value.replace(/-(?=-)/g, '- ')} -->`;
}

export function paragraph(value: string): string {
	return `<p>${escapeHtml(value)}</p>`;
}

/** A text of several paragraphs (a blank line between them; a line break kept as <br>) as HTML. */
export function paragraphs(value: string): string {
	return value
		.split('\n\n')
		.map((block) => `<p>${block.split('\n').map(escapeHtml).join('<br>')}</p>`)
		.join('\n');
}

function htmlField(tag: string, html: string, indent = INDENT): string {
	return `${indent}<${tag} format="html">\n${text(html, `${indent}  `)}${indent}</${tag}>\n`;
}

/** The general feedback in HTML: the explanation, then the quotations that back the answer. */
export function generalFeedbackHtml(question: Question, lang: Locale, options: BankOptions): string {
	const explanation = paragraph(question.key.explanation[lang]);
	if (options.citations === false || question.key.citations.length === 0) return explanation;
	const items = question.key.citations.map((citation) => {
		const cite = citationText(citation, lang, options.sources);
		const quoteLang = cite.quoteLang && cite.quoteLang !== lang ? ` lang="${cite.quoteLang}"` : '';
		const translation = cite.translation
			? ` <span>(${escapeHtml(labels[lang].ourTranslation)} ${escapeHtml(cite.translation)})</span>`
			: '';
		return `<li><q${quoteLang}>${escapeHtml(cite.quote)}</q>${translation} — ${escapeHtml(cite.attribution)}</li>`;
	});
	return `${explanation}<p><strong>${escapeHtml(labels[lang].sources)}</strong></p><ul>${items.join('')}</ul>`;
}

function answer(fraction: string, html: string, feedbackHtml = '', extra = ''): string {
	const indent = `${INDENT}  `;
	return (
		`${INDENT}<answer fraction="${fraction}" format="html">\n` +
		text(html, indent) +
		extra +
		`${indent}<feedback format="html">\n${text(feedbackHtml, `${indent}  `)}${indent}</feedback>\n` +
		`${INDENT}</answer>\n`
	);
}

function plainAnswer(fraction: string, value: string, extra = ''): string {
	const indent = `${INDENT}  `;
	return (
		`${INDENT}<answer fraction="${fraction}" format="moodle_auto_format">\n` +
		plainText(value, indent) +
		extra +
		`${indent}<feedback format="html">\n${indent}  <text></text>\n${indent}</feedback>\n` +
		`${INDENT}</answer>\n`
	);
}

/** Moodle's Cloze syntax: `}` and `#` take a backslash; `~`, `\` and HTML specials become entities. */
export function escapeCloze(value: string): string {
	return escapeHtml(value)
		.replace(/\\/g, '&#92;')
		.replace(/~/g, '&#126;')
		.replace(/}/g, '\\}')
		.replace(/(?<!&)#/g, '\\#');
}

function gcd(a: number, b: number): number {
	return b === 0 ? a : gcd(b, a % b);
}

/**
 * The marks every question of a file is worth. Moodle makes a cloze worth the sum of its blanks'
 * weights, whole numbers (qtype_multianswer_extract_question: `{2:MULTICHOICE:…}`), and ignores
 * <defaultgrade> for it; so that a cloze weighs as much as any other question (as on the site), every
 * question is worth the least common multiple of the files' blank counts, and each blank of an
 * n-blank cloze that number over n. With no cloze, or only one-blank clozes, that is 1.
 */
export function marksPerQuestion(questions: Question[]): number {
	return questions.reduce((marks, question) => {
		if (question.type !== 'cloze' || question.view.blanks.length === 0) return marks;
		const n = question.view.blanks.length;
		return (marks * n) / gcd(marks, n);
	}, 1);
}

function clozeHtml(question: Extract<Question, { type: 'cloze' }>, lang: Locale, marks: number): string {
	const weight = marks / Math.max(1, question.view.blanks.length);
	const blanks = new Map(question.view.blanks.map((blank) => [blank.id, blank]));
	const body = splitClozeText(question.view.text[lang])
		.map((segment) => {
			if (segment.kind === 'text') return escapeHtml(segment.text);
			const blank = blanks.get(segment.id);
			if (!blank) return '';
			const right = question.key.answer[blank.id];
			const alternatives = blank.options.map((option) => `${option.id === right ? '=' : ''}${escapeCloze(option.label[lang])}`);
			return `{${weight}:MULTICHOICE:${alternatives.join('~')}}`;
		})
		.join('');
	return `${paragraph(question.view.prompt[lang])}<p>${body}</p>`;
}

/** Moodle stores the type under another name in two cases: match → matching, multianswer → cloze. */
export function moodleType(question: Question): string {
	switch (question.type) {
		case 'single':
		case 'multiple':
		// written as a multiple response over its sentences
		case 'evidence':
		// each of its decisions, written as a single choice
		case 'case':
			return 'multichoice';
		case 'truefalse':
			return 'truefalse';
		case 'short':
			return 'shortanswer';
		case 'numeric':
			return 'numerical';
		case 'matching':
			return 'matching';
		case 'ordering':
			return 'ordering';
		case 'cloze':
			return 'cloze';
	}
}

function typeSpecific(question: Question, lang: Locale): string {
	switch (question.type) {
		case 'single':
		case 'multiple': {
			const single = question.type === 'single';
			const right = new Set(single ? [question.key.answer] : question.key.answer);
			const weight = single ? '100' : percentWeight(1 / right.size);
			const wrong = single ? '0' : `-${weight}`;
			return (
				`${INDENT}<single>${single}</single>\n` +
				`${INDENT}<shuffleanswers>true</shuffleanswers>\n` +
				`${INDENT}<answernumbering>abc</answernumbering>\n` +
				question.view.options
					.map((option) => {
						const feedback = question.key.feedback[option.id]?.[lang];
						return answer(right.has(option.id) ? weight : wrong, escapeHtml(option.label[lang]), feedback ? paragraph(feedback) : '');
					})
					.join('')
			);
		}
		case 'truefalse':
			return (['true', 'false'] as const)
				.map((value) =>
					answer(
						String(question.key.answer) === value ? '100' : '0',
						value,
						paragraph(question.key.feedback[value][lang])
					).replace('format="html">\n', 'format="moodle_auto_format">\n')
				)
				.join('');
		case 'short':
			return (
				`${INDENT}<usecase>0</usecase>\n` +
				// `*` is Moodle's wildcard in short answers: a literal one takes a backslash
				acceptedAnswers(question, lang)
					.map((value) => plainAnswer('100', value.replace(/\*/g, '\\*')))
					.join('')
			);
		case 'numeric': {
			const { answer: value, tolerance } = numericTarget(question);
			return plainAnswer('100', formatNumber(value), `${INDENT}  <tolerance>${formatNumber(tolerance)}</tolerance>\n`);
		}
		case 'ordering': {
			// Moodle's core Ordering question (qtype_ordering, in core since 4.4): the items in the right
			// order, all shown (selecttype ALL), graded like the site on the longest ordered subset
			const items = new Map(question.view.items.map((item) => [item.id, item]));
			return (
				`${INDENT}<layouttype>VERTICAL</layouttype>\n` +
				`${INDENT}<selecttype>ALL</selecttype>\n` +
				`${INDENT}<selectcount>${question.key.order.length}</selectcount>\n` +
				`${INDENT}<gradingtype>LONGEST_ORDERED_SUBSET</gradingtype>\n` +
				`${INDENT}<showgrading>SHOW</showgrading>\n` +
				`${INDENT}<numberingstyle>none</numberingstyle>\n` +
				question.key.order.map((id, index) => answer(String(index + 1), escapeHtml(items.get(id)?.label[lang] ?? id))).join('')
			);
		}
		case 'matching':
			return (
				`${INDENT}<shuffleanswers>true</shuffleanswers>\n` +
				matchingPairs(question, lang)
					.map(
						({ item, target }) =>
							`${INDENT}<subquestion format="html">\n` +
							text(item === '' ? '' : escapeHtml(item), `${INDENT}  `) +
							`${INDENT}  <answer>\n${plainText(target, `${INDENT}    `)}${INDENT}  </answer>\n` +
							`${INDENT}</subquestion>\n`
					)
					.join('')
			);
		// written as its decisions, or as a multiple response (questionXml)
		case 'evidence':
		case 'cloze':
		case 'case':
			return '';
	}
}

/** How a question made from a part of another (a case's decision) is named, asked and noted. */
type PartOf = { name: string; html: string; note: string };

function questionXml(question: Question, lang: Locale, options: BankOptions, marks: number, part?: PartOf): string {
	const id = question.view.id;
	if (question.type === 'case') {
		// each decision asked as caseDecisions writes it: the facts (a comparison's accounts too), then its question
		return caseDecisions(question, lang)
			.map(({ question: decision, name }, index, all) => {
				const note = `${id}: case → decision ${index + 1} of ${all.length}, as a single choice`;
				return questionXml(decision, lang, options, marks, { name, html: paragraphs(decision.view.prompt[lang]), note });
			})
			.join('');
	}
	if (question.type === 'evidence') {
		const asMultiple = evidenceAsMultiple(question, lang);
		const html = paragraphs(asMultiple.view.prompt[lang]);
		// a passage is read in its order: the options are not shuffled
		return questionXml(asMultiple, lang, options, marks, { name: id, html, note: `${id}: evidence → multiple response over its sentences` }).replace(
			'<shuffleanswers>true</shuffleanswers>',
			'<shuffleanswers>false</shuffleanswers>'
		);
	}
	const type = moodleType(question);
	// an ordering question is Moodle's own Ordering type here: its prompt needs no note on matching
	const prompt = question.type === 'ordering' ? question.view.prompt[lang] : promptText(question, lang);
	const questionHtml = part?.html ?? (question.type === 'cloze' ? clozeHtml(question, lang, marks) : paragraph(prompt));
		return (
		`  ${comment(part?.note ?? `${id}: ${question.type}`)}\n` +
		`  <question type="${type}">\n` +
		`${INDENT}<name>\n${plainText(part?.name ?? id, `${INDENT}  `)}${INDENT}</name>\n` +
		htmlField('questiontext', questionHtml) +
		htmlField('generalfeedback', generalFeedbackHtml(question, lang, options)) +
		// a cloze's marks are its blanks' weights (clozeHtml); Moodle ignores defaultgrade for it
		(type === 'cloze' ? '' : `${INDENT}<defaultgrade>${marks}</defaultgrade>\n`) +
		`${INDENT}<penalty>${question.type === 'truefalse' ? '1' : '0.3333333'}</penalty>\n` +
		`${INDENT}<hidden>0</hidden>\n` +
		`${INDENT}<idnumber>${escapeXml(`${id}-${lang}`)}</idnumber>\n` +
		typeSpecific(question, lang) +
		`  </question>\n`
	);
}

/** The quiz's questions as a Moodle XML file (<quiz>…</quiz>), in the language `lang`. */
export function toMoodleXml(quiz: Quiz, lang: Locale, options: BankOptions = {}): string {
	const questions = quizIn(quiz, lang).questions;
	const marks = marksPerQuestion(questions);
	const category = options.category === undefined ? defaultCategory(quiz, lang) : options.category;
	const categoryXml = category
		? `  <question type="category">\n${INDENT}<category>\n${plainText(category, `${INDENT}  `)}${INDENT}</category>\n  </question>\n`
		: '';
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`${comment(`${quiz.module} (${lang}): generated by npm run export from the quiz.yaml of the module; see src/lib/export/README.md`)}\n` +
		'<quiz>\n' +
		categoryXml +
		questions.map((question) => questionXml(question, lang, options, marks)).join('') +
		'</quiz>\n'
	);
}
