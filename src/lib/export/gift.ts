// A quiz as a Moodle GIFT question bank, in one language. How each type maps is explained in
// README.md (this folder); in short:
//   single → multiple choice (=right ~wrong, per-option feedback after #)
//   multiple → multiple choice with weights: each right option ~%100/n%, each wrong one ~%-100/n%
//   truefalse → {TRUE#feedback if wrong#feedback if right}
//   short → short answer: every accepted answer of both languages (=a =b …), an answer with an
//     apostrophe also with straight (') and typographic (’) apostrophes
//   numeric → {#answer:tolerance}; a range [min, max] becomes midpoint:half-width
//   matching → =item -> target; unused targets become distractors (= -> target)
//   ordering → matching: =item -> 1st, =item -> 2nd…
//   cloze → one "missing word" question per blank (GIFT has no multi-blank type)
//   case → one multiple choice per decision (case-decisions.ts): the facts, then the decision's
//     question; per-option feedback; the explanation and the decision's citation as general feedback
//   evidence → multiple choice with weights over the passage's sentences (src/lib/describe-evidence.ts): the
//     source, the claim and the task in the question text; per-sentence feedback
// The explanation (and the citations) go in the general feedback (####).
// Pure: no Node API, so that a browser page can call it too.
import { caseDecisions } from './case-decisions';
import { evidenceAsMultiple } from '../describe-evidence';
import { labels } from './labels';
import { citationPlain, type SourceIndex } from './sources';
import { formatNumber } from './text';
import { splitClozeText } from '../quiz/widgets/cloze/cloze-text';
import type { Choice, Locale, Question, QuestionOf, Quiz } from '../quiz/types';
import { quizIn } from '../quiz/in-language';

export type BankOptions = {
	/** source metadata, to name the sources of the citations in the general feedback */
	sources?: SourceIndex;
	/** Moodle question category to import into; null for none. Default: "ICC – <module> (<lang>)" */
	category?: string | null;
	/** append the citations to the general feedback (default true) */
	citations?: boolean;
};

/** The default Moodle category: one per module and language, under the course's top category. */
export function defaultCategory(quiz: Quiz, lang: Locale): string {
	return `$course$/top/ICC – ${quiz.module} (${lang})`;
}

/**
 * Escapes GIFT's special characters ~ = # { } : and the backslash with a backslash, and writes
 * line breaks as \n (a blank line would end the question).
 */
export function escapeGift(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[\\~=#{}:]/g, (char) => `\\${char}`)
		.replace(/\n/g, '\\n');
}

/** Moodle splits a matching pair at its first "->", which cannot be escaped: write an arrow instead. */
function noArrow(text: string): string {
	return text.replace(/->/g, '→');
}

/** A short-answer alternative: GIFT-escaped, and `*` (Moodle's wildcard) made literal. */
function escapeShortAnswer(text: string): string {
	return escapeGift(noArrow(text)).replace(/\*/g, '\\*');
}

/** 100/n as Moodle's grade list writes it (33.33333, 14.28571…): within its 1e-7 matching slack. */
export function percentWeight(share: number): string {
	return formatNumber(Number((share * 100).toFixed(5)));
}

function label(choice: Choice, lang: Locale): string {
	return choice.label[lang];
}

/** The general feedback: the explanation, then the citations that back the answer. */
export function generalFeedbackText(question: Question, lang: Locale, options: BankOptions): string {
	const { explanation, citations } = question.key;
	if (options.citations === false || citations.length === 0) return explanation[lang];
	const lines = citations.map((citation) => `– ${citationPlain(citation, lang, options.sources)}`);
	return `${explanation[lang]}\n\n${labels[lang].sources}${lang === 'fr' ? '\u00a0:' : ':'}\n${lines.join('\n')}`;
}

function answerBlock(lines: string[], general: string): string {
	return `{\n${lines.map((line) => `\t${line}\n`).join('')}\t####${escapeGift(general)}\n}`;
}

function header(name: string, text: string): string {
	return `::${escapeGift(name)}::${escapeGift(text)}`;
}

function withFeedback(text: string, feedback: string | undefined): string {
	return feedback ? `${text}#${escapeGift(feedback)}` : text;
}

/** What the prompt says, plus the unit of a numeric answer. */
export function promptText(question: Question, lang: Locale): string {
	const prompt = question.view.prompt[lang];
	if (question.type === 'numeric' && question.view.unit) return `${prompt} (${question.view.unit[lang]})`;
	if (question.type === 'ordering') return `${prompt} ${labels[lang].orderingAsMatching}`;
	return prompt;
}

/** The interval a numeric answer accepts, as midpoint ± half-width. */
export function numericTarget(question: QuestionOf<'numeric'>): { answer: number; tolerance: number } {
	const { answer, bounds } = question.key;
	if (bounds.kind === 'tolerance') return { answer, tolerance: bounds.tolerance };
	return { answer: (bounds.min + bounds.max) / 2, tolerance: (bounds.max - bounds.min) / 2 };
}

/** The apostrophes a keyboard, a phone or a word processor types: ' ’ ‘ ʼ. */
const APOSTROPHES = /['\u2019\u2018\u02bc]/g;

/**
 * An answer as written, then with straight apostrophes ('), then with typographic ones (’).
 * Moodle compares a short answer character by character (ignoring case at most): a learner typing
 * "d'acceptation" on a keyboard is wrong against a key "d’acceptation", while the site's grader
 * (normalize-text.ts) treats every apostrophe alike. Mixed forms ("l'État d’origine" typed half and
 * half) are not listed: a keyboard or an autocorrect writes one kind throughout.
 */
export function apostropheForms(text: string): string[] {
	if (!text.match(APOSTROPHES)) return [text];
	return [text, text.replace(APOSTROPHES, "'"), text.replace(APOSTROPHES, '\u2019')];
}

/**
 * Every accepted answer of both languages, each once (Moodle compares ignoring case), with its
 * apostrophe forms. The author's form comes first: Moodle shows the first right answer as "the
 * correct answer".
 */
export function acceptedAnswers(question: QuestionOf<'short'>, lang: Locale): string[] {
	const other: Locale = lang === 'fr' ? 'en' : 'fr';
	const seen = new Set<string>();
	const answers: string[] = [];
	for (const answer of [...question.key.accepted[lang], ...question.key.accepted[other]]) {
		for (const text of apostropheForms(answer.trim())) {
			const key = text.toLowerCase();
			if (text === '' || seen.has(key)) continue;
			seen.add(key);
			answers.push(text);
		}
	}
	return answers;
}

/** Matching pairs as Moodle stores them: items with their target, then the unused targets. */
export function matchingPairs(question: Question, lang: Locale): { item: string; target: string }[] {
	if (question.type === 'ordering') {
		const items = new Map(question.view.items.map((item) => [item.id, item]));
		return question.key.order.map((id, index) => ({
			item: items.get(id)?.label[lang] ?? id,
			target: labels[lang].ordinal(index + 1)
		}));
	}
	if (question.type !== 'matching') return [];
	const targets = new Map(question.view.targets.map((target) => [target.id, target]));
	const used = new Set<string>();
	const pairs = question.view.items.map((item) => {
		const targetId = question.key.answer[item.id];
		if (targetId !== undefined) used.add(targetId);
		const target = targetId === undefined ? undefined : targets.get(targetId);
		return { item: label(item, lang), target: target ? label(target, lang) : '' };
	});
	const distractors = question.view.targets
		.filter((target) => !used.has(target.id))
		.map((target) => ({ item: '', target: label(target, lang) }));
	return [...pairs, ...distractors];
}

function giftQuestion(question: Question, lang: Locale, options: BankOptions, bankName = question.view.id): string[] {
	const id = question.view.id;
	const general = generalFeedbackText(question, lang, options);
	const comment = `// ${id} (${question.type})`;
	switch (question.type) {
		case 'single': {
			const lines = question.view.options.map((option) =>
				withFeedback(
					`${option.id === question.key.answer ? '=' : '~'}${escapeGift(label(option, lang))}`,
					question.key.feedback[option.id]?.[lang]
				)
			);
			return [`${comment}\n${header(bankName, promptText(question, lang))}${answerBlock(lines, general)}`];
		}
		case 'multiple': {
			const right = new Set(question.key.answer);
			const weight = percentWeight(1 / right.size);
			const lines = question.view.options.map((option) =>
				withFeedback(
					`~%${right.has(option.id) ? '' : '-'}${weight}%${escapeGift(label(option, lang))}`,
					question.key.feedback[option.id]?.[lang]
				)
			);
			return [`${comment}\n${header(id, promptText(question, lang))}${answerBlock(lines, general)}`];
		}
		case 'truefalse': {
			const { answer, feedback } = question.key;
			// Moodle reads {TRUE#a#b} as: a = feedback for a wrong answer, b = feedback for a right one
			const wrong = feedback[String(!answer) as 'true' | 'false'][lang];
			const right = feedback[String(answer) as 'true' | 'false'][lang];
			const body = `${answer ? 'TRUE' : 'FALSE'}#${escapeGift(wrong)}#${escapeGift(right)}####${escapeGift(general)}`;
			return [`${comment}\n${header(id, promptText(question, lang))}{${body}}`];
		}
		case 'short': {
			const lines = acceptedAnswers(question, lang).map((answer) => `=${escapeShortAnswer(answer)}`);
			return [`${comment}\n${header(id, promptText(question, lang))}${answerBlock(lines, general)}`];
		}
		case 'numeric': {
			const { answer, tolerance } = numericTarget(question);
			const body = `#${formatNumber(answer)}:${formatNumber(tolerance)}####${escapeGift(general)}`;
			return [`${comment}\n${header(id, promptText(question, lang))}{${body}}`];
		}
		case 'matching':
		case 'ordering': {
			const lines = matchingPairs(question, lang).map(
				({ item, target }) => `=${escapeGift(noArrow(item))} -> ${escapeGift(target)}`
			);
			const note = question.type === 'ordering' ? `${comment} → matching (item → position)` : comment;
			return [`${note}\n${header(id, promptText(question, lang))}${answerBlock(lines, general)}`];
		}
		case 'cloze': {
			const segments = splitClozeText(question.view.text[lang]);
			const blanks = question.view.blanks;
			const numberOf = new Map(blanks.map((blank, index) => [blank.id, index + 1]));
			return blanks.map((blank, index) => {
				const choices = blank.options
					.map((option) => `${option.id === question.key.answer[blank.id] ? '=' : '~'}${escapeGift(label(option, lang))}`)
					.join(' ');
				const text = segments
					.map((segment) => {
						if (segment.kind === 'text') return escapeGift(segment.text);
						if (segment.id === blank.id) return `{${choices} ####${escapeGift(general)}}`;
						return escapeGift(labels[lang].otherBlank(numberOf.get(segment.id) ?? 0));
					})
					.join('');
				const name = labels[lang].blankName(id, index + 1, blanks.length);
				return `${comment} → blank ${index + 1} of ${blanks.length}\n::${escapeGift(name)}::${escapeGift(promptText(question, lang))}\\n${text}`;
			});
		}
		case 'evidence':
			return giftQuestion(evidenceAsMultiple(question, lang), lang, options).map((block) =>
				block.replace(/^\/\/ .*\n/, `${comment} → multiple response over its sentences\n`)
			);
		case 'case':
			return caseDecisions(question, lang).flatMap((decision, index, all) =>
				giftQuestion(decision.question, lang, options, decision.name).map((block) =>
					block.replace(/^\/\/ .*\n/, `${comment} → decision ${index + 1} of ${all.length}\n`)
				)
			);
	}
}

/** The quiz's questions in GIFT, in the language `lang`. */
export function toGift(quiz: Quiz, lang: Locale, options: BankOptions = {}): string {
	const category = options.category === undefined ? defaultCategory(quiz, lang) : options.category;
	const blocks = [
		`// ${quiz.module} (${lang}): ${quiz.questions.length} questions, pass mark ${Math.round(quiz.passMark * 100)} %.\n` +
			'// Generated by `npm run export` from the quiz.yaml of the module: edit the YAML, not this file.\n' +
			'// Mapping of each question type: src/lib/export/README.md.',
		...(category ? [`$CATEGORY: ${category}`] : []),
		...quizIn(quiz, lang).questions.flatMap((question) => giftQuestion(question, lang, options))
	];
	return `${blocks.join('\n\n')}\n`;
}
