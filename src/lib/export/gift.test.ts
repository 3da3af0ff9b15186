// @vitest-environment node
// The GIFT file, read back by an independent parser (gift-pegjs), must give the same questions:
// count, types, right answers, weights, feedback, for every module's quiz in both languages.
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import type { Choice, Locale, Question, Quiz } from '../quiz/types';
import { both, samples } from '../quiz/test-support/sample-questions';
import { splitClozeText } from '../quiz/widgets/cloze/cloze-text';
import { normalizeText } from '../quiz/normalize-text';
import { acceptedAnswers, apostropheForms, defaultCategory, escapeGift, matchingPairs, numericTarget, percentWeight, promptText, toGift } from './gift';
import { evidenceAsMultiple } from '../describe-evidence';
import { labels } from './labels';
import { sourceIndex } from '$lib/content/sources';
import { quizzesByLanguage } from '../../../tests/support/quizzes-by-language';

const sources = sourceIndex();
/** How our translation of a quote is introduced in a bank (messages: pack_our_translation). */
const OUR_TRANSLATION = { en: 'our translation:', fr: 'notre traduction\u202f:' } as const;
type Parsed = Exclude<GIFTQuestion, { type: 'Category' }>;

/**
 * gift-pegjs replaces escaped characters by placeholders (&&058; for "\\:"…) and decodes them
 * everywhere but in a matching pair's right side (its `subanswer`). Moodle's importer decodes them
 * there too (escapedchar_post), so the test does what Moodle does, with gift-pegjs's own table.
 */
function decodeSubanswer(text: string): string {
	const table: Record<string, string> = { '092': '\\', '058': ':', '035': '#', '061': '=', '123': '{', '125': '}', '126': '~' };
	return text.replace(/&&(\d{3});/g, (whole, code: string) => table[code] ?? whole).replace(/&&010/g, '\n');
}

function questionsOf(gift: string): Parsed[] {
	return parse(gift).filter((entry): entry is Parsed => entry.type !== 'Category');
}

function label(choices: Choice[], id: string, lang: Locale): string {
	return choices.find((choice) => choice.id === id)?.label[lang] ?? `?${id}`;
}

/** How many GIFT questions a question becomes: one, or one per blank for a cloze, per decision for a case. */
function giftCount(question: Question): number {
	if (question.type === 'cloze') return question.view.blanks.length;
	if (question.type === 'case') return question.view.decisions.length;
	return 1;
}

function expectGlobalFeedback(parsed: Parsed, question: Question, lang: Locale) {
	if (parsed.type === 'Description' || parsed.type === 'Essay') throw new Error('unexpected type');
	expect(parsed.globalFeedback?.text.startsWith(question.key.explanation[lang]), `${question.view.id}: explanation`).toBe(true);
}

/** Checks one question against what the parser read (several entries for a cloze). */
function checkQuestion(question: Question, entries: Parsed[], lang: Locale) {
	const id = question.view.id;
	const first = entries[0];
	if (!first) throw new Error(`${id}: missing`);
	if (question.type !== 'cloze' && question.type !== 'case') {
		expect(first.title).toBe(id);
		// an evidence question's text adds the claim, the task and the source (checked below)
		if (question.type !== 'evidence') expect(first.stem.text).toBe(promptText(question, lang));
		expectGlobalFeedback(first, question, lang);
	}
	switch (question.type) {
		case 'single': {
			if (first.type !== 'MC') throw new Error(`${id}: ${first.type}, expected MC`);
			expect(first.choices.map((choice) => choice.text.text)).toEqual(question.view.options.map((option) => option.label[lang]));
			expect(first.choices.map((choice) => choice.isCorrect)).toEqual(question.view.options.map((option) => option.id === question.key.answer));
			expect(first.choices.map((choice) => choice.feedback?.text ?? null)).toEqual(
				question.view.options.map((option) => question.key.feedback[option.id]?.[lang] ?? null)
			);
			return;
		}
		case 'multiple': {
			if (first.type !== 'MC') throw new Error(`${id}: ${first.type}, expected MC`);
			const right = new Set(question.key.answer);
			const weights = first.choices.map((choice) => choice.weight ?? 0);
			expect(first.choices.map((choice) => choice.text.text)).toEqual(question.view.options.map((option) => option.label[lang]));
			question.view.options.forEach((option, index) => {
				const weight = weights[index] ?? 0;
				expect(Math.abs(Math.abs(weight) - 100 / right.size), `${id}/${option.id}: weight ${weight}`).toBeLessThan(1e-4);
				expect(weight > 0, `${id}/${option.id}: sign`).toBe(right.has(option.id));
			});
			const positive = weights.filter((weight) => weight > 0).reduce((sum, weight) => sum + weight, 0);
			expect(Math.abs(positive - 100), `${id}: right weights add up to 100 %`).toBeLessThan(1e-3);
			expect(first.choices.map((choice) => choice.feedback?.text ?? null)).toEqual(
				question.view.options.map((option) => question.key.feedback[option.id]?.[lang] ?? null)
			);
			return;
		}
		case 'truefalse': {
			if (first.type !== 'TF') throw new Error(`${id}: ${first.type}, expected TF`);
			expect(first.isTrue).toBe(question.key.answer);
			// gift-pegjs names the two feedbacks by position; Moodle reads the first as "if wrong"
			expect(first.trueFeedback?.text).toBe(question.key.feedback[String(!question.key.answer) as 'true' | 'false'][lang]);
			expect(first.falseFeedback?.text).toBe(question.key.feedback[String(question.key.answer) as 'true' | 'false'][lang]);
			return;
		}
		case 'short': {
			if (first.type !== 'Short') throw new Error(`${id}: ${first.type}, expected Short`);
			const texts = first.choices.map((choice) => choice.text.text);
			expect(first.choices.every((choice) => choice.isCorrect)).toBe(true);
			expect(texts).toEqual(acceptedAnswers(question, lang));
			const lower = new Set(texts.map((text) => text.toLowerCase()));
			for (const accepted of [...question.key.accepted.fr, ...question.key.accepted.en]) {
				expect(lower.has(accepted.trim().toLowerCase()), `${id}: ${accepted}`).toBe(true);
				// typed with a keyboard's apostrophe or a word processor's, the answer is right in Moodle too
				for (const apostrophe of ["'", '’']) {
					const typed = accepted.trim().replace(/['’‘ʼ]/g, apostrophe);
					expect(lower.has(typed.toLowerCase()), `${id}: ${typed}`).toBe(true);
				}
			}
			expect(new Set(texts.map((text) => text.toLowerCase())).size, `${id}: each answer once`).toBe(texts.length);
			return;
		}
		case 'numeric': {
			if (first.type !== 'Numerical') throw new Error(`${id}: ${first.type}, expected Numerical`);
			const target = numericTarget(question);
			const choices = first.choices;
			if (Array.isArray(choices)) throw new Error(`${id}: one answer expected`);
			expect(choices.number).toBeCloseTo(target.answer, 9);
			expect(choices.range ?? 0).toBeCloseTo(target.tolerance, 9);
			return;
		}
		case 'matching':
		case 'ordering': {
			if (first.type !== 'Matching') throw new Error(`${id}: ${first.type}, expected Matching`);
			const pairs = first.matchPairs.map((pair) => ({ item: pair.subquestion.text, target: decodeSubanswer(pair.subanswer) }));
			expect(pairs).toEqual(matchingPairs(question, lang));
			if (question.type === 'matching') {
				for (const item of question.view.items) {
					const target = question.key.answer[item.id];
					expect(pairs).toContainEqual({ item: item.label[lang], target: target ? label(question.view.targets, target, lang) : '' });
				}
			} else {
				question.key.order.forEach((itemId, index) => {
					expect(pairs[index]).toEqual({ item: label(question.view.items, itemId, lang), target: labels[lang].ordinal(index + 1) });
				});
			}
			return;
		}
		case 'cloze': {
			expect(entries).toHaveLength(question.view.blanks.length);
			question.view.blanks.forEach((blank, index) => {
				const entry = entries[index];
				if (entry?.type !== 'MC') throw new Error(`${id} blank ${blank.id}: ${entry?.type}, expected MC`);
				expect(entry.title).toBe(labels[lang].blankName(id, index + 1, question.view.blanks.length));
				expect(entry.stem.text.startsWith(question.view.prompt[lang])).toBe(true);
				expect(entry.choices.map((choice) => choice.text.text)).toEqual(blank.options.map((option) => option.label[lang]));
				expect(entry.choices.map((choice) => choice.isCorrect)).toEqual(blank.options.map((option) => option.id === question.key.answer[blank.id]));
				expectGlobalFeedback(entry, question, lang);
				// the other blanks are named, never answered
				const others = splitClozeText(question.view.text[lang]).filter((segment) => segment.kind === 'blank' && segment.id !== blank.id);
				for (const other of others) {
					if (other.kind !== 'blank') continue;
					const n = question.view.blanks.findIndex((entry) => entry.id === other.id) + 1;
					expect(entry.stem.text).toContain(labels[lang].otherBlank(n));
				}
			});
			return;
		}
		case 'evidence': {
			// a multiple response over the passage's sentences, weighted as the site grades it
			if (first.type !== 'MC') throw new Error(`${id}: ${first.type}, expected MC`);
			expect(first.stem.text).toBe(evidenceAsMultiple(question, lang).view.prompt[lang]);
			expect(first.stem.text).toContain(question.view.claim[lang]);
			if (question.view.origin) expect(first.stem.text).toContain(question.view.origin.publisher);
			const right = new Set(question.key.answer);
			const weights = first.choices.map((choice) => choice.weight ?? 0);
			expect(first.choices).toHaveLength(question.view.sentences.length);
			question.view.sentences.forEach((sentence, index) => {
				// the sentence as published, whatever the page language (our translation follows it)
				expect(first.choices[index]?.text.text).toContain(sentence.text);
				const translation = sentence.translation?.[lang];
				// our translation, said once with one colon ("(Translation: ours: …)" had two)
				if (translation) expect(first.choices[index]?.text.text).toContain(`(${OUR_TRANSLATION[lang]} ${translation})`);
				const weight = weights[index] ?? 0;
				expect(Math.abs(Math.abs(weight) - 100 / right.size), `${id}/${sentence.id}: weight ${weight}`).toBeLessThan(1e-4);
				expect(weight > 0, `${id}/${sentence.id}: sign`).toBe(right.has(sentence.id));
			});
			expect(first.choices.map((choice) => choice.feedback?.text ?? null)).toEqual(
				question.view.sentences.map((sentence) => question.key.feedback[sentence.id]?.[lang] ?? null)
			);
			return;
		}
		case 'case': {
			// one ordinary multiple choice per decision: the facts, then the decision's question
			expect(entries).toHaveLength(question.view.decisions.length);
			question.view.decisions.forEach((decision, index) => {
				const entry = entries[index];
				if (entry?.type !== 'MC') throw new Error(`${id} decision ${decision.id}: ${entry?.type}, expected MC`);
				expect(entry.title).toBe(labels[lang].decisionName(`${id}.${decision.id}`, index + 1, question.view.decisions.length));
				// a comparison's accounts between the two, each account's exact words among them
				expect(entry.stem.text.startsWith(`${question.view.prompt[lang]}\n\n`)).toBe(true);
				expect(entry.stem.text.endsWith(`\n\n${decision.prompt[lang]}`)).toBe(true);
				if (!question.view.accounts) expect(entry.stem.text).toBe(`${question.view.prompt[lang]}\n\n${decision.prompt[lang]}`);
				for (const account of question.view.accounts ?? []) expect(entry.stem.text).toContain(account.wording);
				expect(entry.choices.map((choice) => choice.text.text)).toEqual(decision.options.map((option) => option.label[lang]));
				expect(entry.choices.map((choice) => choice.isCorrect)).toEqual(decision.options.map((option) => option.id === question.key.answer[decision.id]));
				expect(entry.choices.map((choice) => choice.feedback?.text ?? null)).toEqual(
					decision.options.map((option) => question.key.feedback[decision.id]?.[option.id]?.[lang] ?? null)
				);
				expectGlobalFeedback(entry, question, lang);
				// the general feedback cites the article that decides this decision
				if (entry.type === 'MC') expect(entry.globalFeedback?.text).toContain(question.key.decisionCitations[decision.id]!.quote);
			});
			return;
		}
	}
}

function checkQuiz(quiz: Quiz, lang: Locale, gift: string) {
	const all = parse(gift);
	expect(all[0]).toMatchObject({ type: 'Category', title: defaultCategory(quiz, lang) });
	const parsed = questionsOf(gift);
	expect(parsed).toHaveLength(quiz.questions.reduce((sum, question) => sum + giftCount(question), 0));
	let index = 0;
	for (const question of quiz.questions) {
		const count = giftCount(question);
		checkQuestion(question, parsed.slice(index, index + count), lang);
		index += count;
	}
}

describe('toGift, read back by gift-pegjs', () => {
	const cases = quizzesByLanguage();
	it('has quizzes to check', () => {
		expect(cases.length).toBeGreaterThan(0);
	});

	it.each(cases)('%s (%s): same questions, types, right answers and feedback', (_, lang, quiz) => {
		checkQuiz(quiz, lang, toGift(quiz, lang, { sources }));
	});
});

describe('a case in GIFT', () => {
	it.each(['fr', 'en'] as const)('is one multiple choice per decision, with ids made of the case’s and the decision’s (%s)', (lang) => {
		const quiz: Quiz = { module: 'cases', passMark: 0.5, questions: [samples.single, samples.case] };
		const gift = toGift(quiz, lang);
		checkQuiz(quiz, lang, gift);
		expect(questionsOf(gift).map((entry) => entry.title)).toEqual([
			's1',
			labels[lang].decisionName('k1.crime', 1, 3),
			labels[lang].decisionName('k1.link', 2, 3),
			labels[lang].decisionName('k1.who', 3, 3)
		]);
		expect(gift).toContain('// k1 (case) → decision 2 of 3');
	});
});

describe('GIFT escaping', () => {
	const nasty = 'a ~ b = c # d { e } f : g \\ h\nline two';

	it('escapes ~ = # { } : and the backslash, and writes line breaks as \\n', () => {
		expect(escapeGift(nasty)).toBe('a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h\\nline two');
	});

	it('a quiz full of special characters reads back unchanged', () => {
		const tricky = both(nasty.replace('\n', ' '));
		const quiz: Quiz = {
			module: 'tricky',
			passMark: 0.5,
			questions: [
				{
					...samples.single,
					view: { ...samples.single.view, prompt: tricky, options: samples.single.view.options.map((option) => ({ ...option, label: both(`${option.id}: {x} = ~y #z`) })) },
					key: { ...samples.single.key, explanation: both('why: {because} #1 ~ = ok'), feedback: { a: both('no: a {b} #c'), c: both('no ~ c'), d: both('no = d') } }
				},
				{ ...samples.multiple, view: { ...samples.multiple.view, prompt: tricky } },
				{ ...samples.truefalse, key: { ...samples.truefalse.key, feedback: { true: both('T: {yes} #1'), false: both('F = ~no') } } },
				{ ...samples.short, key: { ...samples.short.key, accepted: { fr: ['Statut : de Rome', 'a#b'], en: ['x=y', '{z}'] } } },
				{
					...samples.matching,
					view: {
						...samples.matching.view,
						items: samples.matching.view.items.map((item) => ({ ...item, label: both(`${item.id} -> : item`) })),
						targets: samples.matching.view.targets.map((target) => ({ ...target, label: both(`${target.id}: {t} = #~ \\`) }))
					}
				},
				samples.numeric,
				samples.ordering,
				samples.cloze,
				{ ...samples.case, view: { ...samples.case.view, prompt: tricky } },
				{ ...samples.evidence, view: { ...samples.evidence.view, claim: tricky, sentences: samples.evidence.view.sentences.map((s) => ({ ...s, text: `${s.text} {=~#:} ->` })) } }
			]
		};
		const gift = toGift(quiz, 'en');
		const parsed = questionsOf(gift);
		expect(parsed[0]?.stem.text).toBe(nasty.replace('\n', ' '));
		checkQuiz(
			{
				...quiz,
				// "->" cannot be escaped in GIFT matching: the exporter writes an arrow instead
				questions: quiz.questions.map((question) =>
					question.type === 'matching'
						? { ...question, view: { ...question.view, items: question.view.items.map((item) => ({ ...item, label: both(item.label.en.replace('->', '→')) })) } }
						: question
				)
			},
			'en',
			gift
		);
	});

	it('writes weights Moodle accepts: 100/n with 5 decimals', () => {
		expect([1, 2, 3, 4, 6, 7, 9].map((n) => percentWeight(1 / n))).toEqual(['100', '50', '33.33333', '25', '16.66667', '14.28571', '11.11111']);
	});

	it('a range becomes its midpoint ± half its width', () => {
		const ranged = { ...samples.numeric, key: { ...samples.numeric.key, answer: 120, bounds: { kind: 'range' as const, min: 100, max: 130 } } };
		expect(numericTarget(ranged)).toEqual({ answer: 115, tolerance: 15 });
		const [parsed] = questionsOf(toGift({ module: 'm', passMark: 1, questions: [ranged] }, 'fr', { category: null }));
		expect(parsed).toMatchObject({ type: 'Numerical', choices: { number: 115, range: 15 } });
	});
});

describe('short answers: every apostrophe accepted', () => {
	const short = (fr: string[], en: string[]): Quiz => ({
		module: 'm',
		passMark: 1,
		questions: [{ ...samples.short, key: { ...samples.short.key, accepted: { fr, en } } }]
	});
	const parsedAnswers = (quiz: Quiz, lang: Locale) => {
		const [parsed] = questionsOf(toGift(quiz, lang, { category: null }));
		if (parsed?.type !== 'Short') throw new Error(`${parsed?.type}, expected Short`);
		return parsed.choices.map((choice) => choice.text.text);
	};

	it('an answer with any apostrophe is exported as written, with \' and with ’, each once', () => {
		const quiz = short(['déclaration d’acceptation', "l'Assemblée des États parties", 'ʼt Hooft', 'Statut de Rome'], ['State‘s consent']);
		expect(parsedAnswers(quiz, 'fr')).toEqual([
			'déclaration d’acceptation',
			"déclaration d'acceptation",
			"l'Assemblée des États parties",
			'l’Assemblée des États parties',
			'ʼt Hooft',
			"'t Hooft",
			'’t Hooft',
			'Statut de Rome',
			'State‘s consent',
			"State's consent",
			'State’s consent'
		]);
	});

	it('the forms are the same answer for the site, and are not repeated when the key already has them', () => {
		const quiz = short(["d'acceptation", 'D’Acceptation'], ['d’acceptation']);
		expect(parsedAnswers(quiz, 'en')).toEqual(['d’acceptation', "d'acceptation"]);
		for (const text of ['l’État d’origine', "qu'il", 'ʼx‘y']) {
			const forms = apostropheForms(text);
			expect(forms[0]).toBe(text);
			for (const form of forms) expect(normalizeText(form)).toBe(normalizeText(text));
		}
		expect(apostropheForms('Rome Statute')).toEqual(['Rome Statute']);
	});

	it('the apostrophe forms survive GIFT escaping next to special characters', () => {
		expect(parsedAnswers(short(['d’a: b=c'], []), 'fr')).toEqual(['d’a: b=c', "d'a: b=c"]);
	});
});
