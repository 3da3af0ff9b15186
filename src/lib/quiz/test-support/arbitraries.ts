// fast-check generators of well-formed questions (as parseQuiz would produce them) and of learner
// inputs for them: arbitrary ones (anything of the right shape, unknown ids included), complete
// ones and incomplete ones. Used by properties.test.ts.
import fc from 'fast-check';
import { normalizeText } from '../normalize-text';
import type { Choice, LearnerInput, Question, QuestionOf } from '../types';
import { both } from './sample-questions';

/** ids as the schema allows them; short, so that random inputs often hit the real ones */
export const idArb = fc.stringMatching(/^[a-z][a-z0-9]{0,3}$/);

function uniqueIds(minLength: number, maxLength: number): fc.Arbitrary<string[]> {
	return fc.uniqueArray(idArb, { minLength, maxLength });
}

function toChoices(ids: string[]): Choice[] {
	return ids.map((id) => ({ id, label: both(`label ${id}`) }));
}

const viewBase = (id: string) => ({ id, objectives: ['objective'], scenario: false, prompt: both('?'), hints: [] });
const keyBase = { explanation: both('because'), citations: [{ source: 'src', quote: 'quote' }] };

const singleArb: fc.Arbitrary<QuestionOf<'single'>> = uniqueIds(2, 6).chain((ids) =>
	fc.constantFrom(...ids).map((answer) => ({
		type: 'single' as const,
		view: { ...viewBase('single'), type: 'single' as const, options: toChoices(ids) },
		key: {
			...keyBase,
			type: 'single' as const,
			answer,
			feedback: Object.fromEntries(ids.filter((id) => id !== answer).map((id) => [id, both(`not ${id}`)]))
		}
	}))
);

const multipleArb: fc.Arbitrary<QuestionOf<'multiple'>> = uniqueIds(2, 6).chain((ids) =>
	fc.subarray(ids, { minLength: 1 }).map((answer) => ({
		type: 'multiple' as const,
		view: { ...viewBase('multiple'), type: 'multiple' as const, options: toChoices(ids) },
		key: {
			...keyBase,
			type: 'multiple' as const,
			answer,
			feedback: Object.fromEntries(ids.filter((id) => !answer.includes(id)).map((id) => [id, both(`not ${id}`)]))
		}
	}))
);

const trueFalseArb: fc.Arbitrary<QuestionOf<'truefalse'>> = fc.boolean().map((answer) => ({
	type: 'truefalse' as const,
	view: { ...viewBase('truefalse'), type: 'truefalse' as const },
	key: { ...keyBase, type: 'truefalse' as const, answer, feedback: { true: both('t'), false: both('f') } }
}));

// Accepted answers that survive normalisation, as the schema requires.
const acceptedText = fc.string({ minLength: 1, maxLength: 20 }).filter((text) => normalizeText(text) !== '');

const shortArb: fc.Arbitrary<QuestionOf<'short'>> = fc
	.record({
		fr: fc.array(acceptedText, { minLength: 1, maxLength: 3 }),
		en: fc.array(acceptedText, { minLength: 1, maxLength: 3 })
	})
	.map((accepted) => ({
		type: 'short' as const,
		view: { ...viewBase('short'), type: 'short' as const },
		key: { ...keyBase, type: 'short' as const, accepted }
	}));

const finite = (max: number) => fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true });

const numericArb: fc.Arbitrary<QuestionOf<'numeric'>> = fc
	.record({
		answer: fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), finite(1e12)),
		tolerance: fc.double({ min: 0, max: 1000, noNaN: true }),
		below: fc.double({ min: 0, max: 1000, noNaN: true }),
		above: fc.double({ min: 0, max: 1000, noNaN: true }),
		useRange: fc.boolean()
	})
	.map(({ answer, tolerance, below, above, useRange }) => ({
		type: 'numeric' as const,
		view: { ...viewBase('numeric'), type: 'numeric' as const },
		key: {
			...keyBase,
			type: 'numeric' as const,
			answer,
			bounds: useRange
				? { kind: 'range' as const, min: answer - below, max: answer + above }
				: { kind: 'tolerance' as const, tolerance }
		}
	}));

const orderingArb: fc.Arbitrary<QuestionOf<'ordering'>> = uniqueIds(2, 7).map((ids) => ({
	type: 'ordering' as const,
	view: { ...viewBase('ordering'), type: 'ordering' as const, items: toChoices(ids) },
	key: { ...keyBase, type: 'ordering' as const, order: ids }
}));

const matchingArb: fc.Arbitrary<QuestionOf<'matching'>> = fc
	.tuple(uniqueIds(1, 5), uniqueIds(1, 6))
	.chain(([items, targets]) =>
		fc.tuple(...items.map(() => fc.constantFrom(...targets))).map((chosen) => ({
			type: 'matching' as const,
			view: { ...viewBase('matching'), type: 'matching' as const, items: toChoices(items), targets: toChoices(targets) },
			key: {
				...keyBase,
				type: 'matching' as const,
				answer: Object.fromEntries(items.map((item, index) => [item, chosen[index] as string]))
			}
		}))
	);

const blankArb = fc.tuple(uniqueIds(2, 4)).chain(([options]) =>
	fc.constantFrom(...options).map((answer) => ({ options, answer }))
);

const clozeArb: fc.Arbitrary<QuestionOf<'cloze'>> = uniqueIds(1, 4).chain((blankIds) =>
	fc.tuple(...blankIds.map(() => blankArb)).map((blanks) => ({
		type: 'cloze' as const,
		view: {
			...viewBase('cloze'),
			type: 'cloze' as const,
			text: { fr: blankIds.map((id) => `mot [[${id}]]`).join(' '), en: blankIds.map((id) => `word [[${id}]]`).join(' ') },
			blanks: blankIds.map((id, index) => ({ id, options: toChoices(blanks[index]?.options ?? []) }))
		},
		key: {
			...keyBase,
			type: 'cloze' as const,
			answer: Object.fromEntries(blankIds.map((id, index) => [id, blanks[index]?.answer ?? '']))
		}
	}))
);

// 2–5 decisions of 2–5 options each, every option with feedback, each decision with its citation
const decisionArb = fc.tuple(uniqueIds(2, 5)).chain(([options]) =>
	fc.constantFrom(...options).map((answer) => ({ options, answer }))
);

const caseArb: fc.Arbitrary<QuestionOf<'case'>> = uniqueIds(2, 5).chain((ids) =>
	fc.tuple(...ids.map(() => decisionArb)).map((decisions) => {
		const decisionCitations = Object.fromEntries(ids.map((id) => [id, { source: 'src', quote: `quote ${id}` }]));
		return {
			type: 'case' as const,
			view: {
				...viewBase('case'),
				type: 'case' as const,
				decisions: ids.map((id, index) => ({ id, prompt: both(`${id}?`), options: toChoices(decisions[index]?.options ?? []) }))
			},
			key: {
				...keyBase,
				// as the schema makes them: the decisions' citations are among the question's
				citations: [...keyBase.citations, ...Object.values(decisionCitations)],
				type: 'case' as const,
				answer: Object.fromEntries(ids.map((id, index) => [id, decisions[index]?.answer ?? ''])),
				feedback: Object.fromEntries(
					ids.map((id, index) => [
						id,
						Object.fromEntries((decisions[index]?.options ?? []).map((option) => [option, both(`why ${option}`)]))
					])
				),
				decisionCitations
			}
		};
	})
);

// 2–8 sentences, a key of at least one and never all of them (as the schema requires), every
// sentence with feedback; the key sentences are the question's citations, as the schema makes them
const evidenceArb: fc.Arbitrary<QuestionOf<'evidence'>> = uniqueIds(2, 8).chain((ids) =>
	fc
		.subarray(ids, { minLength: 1, maxLength: ids.length - 1 })
		.chain((answer) => fc.constantFrom<'supports' | 'contradicts' | 'silent'>('supports', 'contradicts', 'silent').map((stance) => ({ answer, stance })))
		.map(({ answer, stance }) => ({
			type: 'evidence' as const,
			view: {
				...viewBase('evidence'),
				type: 'evidence' as const,
				claim: both('claim'),
				stance,
				source: 'src',
				sentences: ids.map((id) => ({ id, text: `sentence ${id}.` }))
			},
			key: {
				...keyBase,
				citations: answer.map((id) => ({ source: 'src', quote: `sentence ${id}.` })),
				type: 'evidence' as const,
				answer,
				feedback: Object.fromEntries(ids.map((id) => [id, both(answer.includes(id) ? `yes ${id}` : `not ${id}`)]))
			}
		}))
);

export const questionArbs = {
	single: singleArb,
	multiple: multipleArb,
	truefalse: trueFalseArb,
	short: shortArb,
	numeric: numericArb,
	ordering: orderingArb,
	matching: matchingArb,
	cloze: clozeArb,
	case: caseArb,
	evidence: evidenceArb
};

export const questionArb: fc.Arbitrary<Question> = fc.oneof(...Object.values(questionArbs));

/** An id that the question knows, or one it does not. */
function someId(known: string[]): fc.Arbitrary<string> {
	return known.length === 0 ? idArb : fc.oneof(fc.constantFrom(...known), idArb);
}

function recordOf(keys: string[], value: fc.Arbitrary<string | null>): fc.Arbitrary<Record<string, string | null>> {
	return fc.tuple(...keys.map(() => value)).map((values) => Object.fromEntries(keys.map((key, index) => [key, values[index] ?? null])));
}

/** Any input of the right shape for the question: right, wrong, partial, empty, or with unknown ids. */
export function inputArb(question: Question): fc.Arbitrary<LearnerInput> {
	switch (question.type) {
		case 'single':
			return fc.option(someId(question.view.options.map((o) => o.id)), { nil: null });
		case 'multiple':
			return fc.array(someId(question.view.options.map((o) => o.id)), { maxLength: 8 });
		case 'evidence':
			return fc.array(someId(question.view.sentences.map((s) => s.id)), { maxLength: 10 });
		case 'truefalse':
			return fc.option(fc.boolean(), { nil: null });
		case 'short':
			return fc.oneof(fc.string(), fc.constantFrom(...question.key.accepted.fr, ...question.key.accepted.en));
		case 'numeric':
			return fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String), fc.constant(String(question.key.answer)));
		case 'ordering': {
			const ids = question.view.items.map((item) => item.id);
			return fc.oneof(fc.shuffledSubarray(ids, { minLength: ids.length }), fc.array(someId(ids), { maxLength: 9 }));
		}
		case 'matching': {
			const targets = question.view.targets.map((t) => t.id);
			return recordOf(
				question.view.items.map((item) => item.id),
				fc.option(someId(targets), { nil: null })
			);
		}
		case 'cloze': {
			const options = question.view.blanks.flatMap((blank) => blank.options.map((o) => o.id));
			return recordOf(
				question.view.blanks.map((blank) => blank.id),
				fc.option(someId(options), { nil: null })
			);
		}
		case 'case': {
			const options = question.view.decisions.flatMap((decision) => decision.options.map((o) => o.id));
			return recordOf(
				question.view.decisions.map((decision) => decision.id),
				fc.option(someId(options), { nil: null })
			);
		}
	}
}

/** A complete answer (right or wrong) for questions whose completeness can be generated directly. */
export function completeInputArb(question: Question): fc.Arbitrary<LearnerInput> {
	switch (question.type) {
		case 'single':
			return fc.constantFrom(...question.view.options.map((o) => o.id));
		case 'multiple':
			return fc.subarray(question.view.options.map((o) => o.id), { minLength: 1 });
		case 'evidence':
			return fc.subarray(question.view.sentences.map((s) => s.id), { minLength: 1 });
		case 'truefalse':
			return fc.boolean();
		case 'short':
			return fc.string().filter((text) => text.trim() !== '');
		case 'numeric':
			return fc.oneof(fc.integer().map(String), finite(1e15).map(String));
		case 'ordering':
			return fc.shuffledSubarray(question.view.items.map((item) => item.id), { minLength: question.view.items.length });
		case 'matching':
			return recordOf(
				question.view.items.map((item) => item.id),
				fc.constantFrom(...question.view.targets.map((t) => t.id))
			);
		case 'cloze':
			return fc
				.tuple(...question.view.blanks.map((blank) => fc.constantFrom(...blank.options.map((o) => o.id))))
				.map((chosen) => Object.fromEntries(question.view.blanks.map((blank, index) => [blank.id, chosen[index] ?? null])));
		case 'case':
			return fc
				.tuple(...question.view.decisions.map((decision) => fc.constantFrom(...decision.options.map((o) => o.id))))
				.map((chosen) => Object.fromEntries(question.view.decisions.map((decision, index) => [decision.id, chosen[index] ?? null])));
	}
}

/** An answer that is not complete: nothing chosen or typed, or at least one part left out. */
export function incompleteInputArb(question: Question): fc.Arbitrary<LearnerInput> {
	switch (question.type) {
		case 'single':
		case 'truefalse':
			return fc.constant(null);
		case 'multiple':
		case 'evidence':
			return fc.constant([]);
		case 'short':
			return fc.constantFrom('', ' ', '\n\t ');
		case 'numeric':
			return fc.constantFrom('', '  ', 'abc', '1,2,3', '12 ans', '--4');
		case 'ordering': {
			const ids = question.view.items.map((item) => item.id);
			return fc.shuffledSubarray(ids, { maxLength: ids.length - 1 });
		}
		case 'matching': {
			const items = question.view.items.map((item) => item.id);
			const targets = question.view.targets.map((t) => t.id);
			return fc
				.tuple(recordOf(items, fc.option(fc.constantFrom(...targets), { nil: null })), fc.constantFrom(...items))
				.map(([input, left]) => ({ ...input, [left]: null }));
		}
		case 'cloze': {
			const blanks = question.view.blanks.map((blank) => blank.id);
			const options = question.view.blanks.flatMap((blank) => blank.options.map((o) => o.id));
			return fc
				.tuple(recordOf(blanks, fc.option(fc.constantFrom(...options), { nil: null })), fc.constantFrom(...blanks))
				.map(([input, empty]) => ({ ...input, [empty]: null }));
		}
		case 'case': {
			const decisions = question.view.decisions.map((decision) => decision.id);
			const options = question.view.decisions.flatMap((decision) => decision.options.map((o) => o.id));
			return fc
				.tuple(recordOf(decisions, fc.option(fc.constantFrom(...options), { nil: null })), fc.constantFrom(...decisions))
				.map(([input, undecided]) => ({ ...input, [undecided]: null }));
		}
	}
}
