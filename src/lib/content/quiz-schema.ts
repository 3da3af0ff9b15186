// The schema of one quiz.yaml (lessons/README.md, "quiz.yaml"), and its conversion to the quiz
// model of src/lib/quiz/types.ts, where each question is split into what the page shows (view)
// and what says what is right (key).
//
// Two stages: valibot checks the shape of each question (types, required fields, no unknown field,
// so that a misspelt field fails instead of being ignored); then plain code checks what relates
// fields to each other (answer ids exist, cloze markers match the blanks…). Every problem is
// reported, one per line, as `file: question "id": path: problem` (validate.ts: the format of every
// content file, with the question added).
import * as v from 'valibot';
import { normalizeText } from '../quiz/normalize-text';
import type { CaseDecision, Choice, Citation, ClozeBlank, Question, Quiz } from '../quiz/types';
import { clozeMarkers } from '../quiz/widgets/cloze/cloze-text';
import { citationKey } from './citation-types';
import { citationSchema, fail, issueProblems, localizedSchema, problemLine, type Problem } from './validate';

// ——— Shape ———

const idSchema = v.pipe(
	v.string(),
	v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be an id: letters, digits, "-" or "_"')
);

const choiceSchema = v.strictObject({ id: idSchema, label: localizedSchema });
const optionSchema = v.strictObject({
	id: idSchema,
	label: localizedSchema,
	feedback: v.optional(localizedSchema)
});

const baseEntries = {
	id: idSchema,
	objectives: v.pipe(v.array(idSchema), v.minLength(1, 'needs at least one objective id')),
	scenario: v.boolean('must be true or false'),
	prompt: localizedSchema,
	explanation: localizedSchema,
	hints: v.optional(v.array(localizedSchema)),
	citations: v.pipe(v.array(citationSchema), v.minLength(1, 'needs at least one citation'))
};

// A case's decision: its question, 2–5 options each with feedback (why right, why not), the right
// one, and the article that decides it.
const decisionSchema = v.strictObject({
	id: idSchema,
	prompt: localizedSchema,
	options: v.pipe(
		v.array(v.strictObject({ id: idSchema, label: localizedSchema, feedback: localizedSchema })),
		v.minLength(2, 'needs at least two options'),
		v.maxLength(5, 'has more than five options')
	),
	answer: idSchema,
	citation: citationSchema
});

// An evidence question's sentence: verbatim in the question's source (checked when the content
// loads: content/evidence.ts), our translation into the page language that differs from the
// source's, and feedback for every sentence (why it does, or does not, do what is asked).
const sentenceSchema = v.strictObject({
	id: idSchema,
	text: v.pipe(v.string(), v.nonEmpty(), v.check((q) => !q.includes('"'), 'a quote may not contain "')),
	translation: v.optional(v.strictObject({ fr: v.optional(v.string()), en: v.optional(v.string()) })),
	feedback: localizedSchema
});

// An account of one event in a case that compares several (issue 24): who speaks, on what
// evidence, and its exact wording — verbatim in its source, checked with our translation when the
// content loads (content/evidence.ts), like an evidence passage's sentence.
const accountSchema = v.strictObject({
	id: idSchema,
	source: v.pipe(v.string(), v.nonEmpty()),
	lang: v.optional(v.picklist(['fr', 'en'])),
	speaker: localizedSchema,
	evidence: localizedSchema,
	wording: v.pipe(v.string(), v.nonEmpty(), v.check((q) => !q.includes('"'), 'a quote may not contain "')),
	translation: v.optional(v.strictObject({ fr: v.optional(v.string()), en: v.optional(v.string()) }))
});

const finiteNumber = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));

const questionSchema = v.variant('type', [
	v.strictObject({
		...baseEntries,
		type: v.literal('single'),
		options: v.pipe(v.array(optionSchema), v.minLength(2, 'needs at least two options')),
		answer: idSchema
	}),
	v.strictObject({
		...baseEntries,
		type: v.literal('multiple'),
		options: v.pipe(v.array(optionSchema), v.minLength(2, 'needs at least two options')),
		answer: v.pipe(v.array(idSchema), v.minLength(1, 'needs at least one correct option'))
	}),
	v.strictObject({
		...baseEntries,
		type: v.literal('truefalse'),
		answer: v.boolean('must be true or false'),
		feedback: v.strictObject({ true: localizedSchema, false: localizedSchema })
	}),
	v.strictObject({
		...baseEntries,
		type: v.literal('short'),
		accepted: v.strictObject({
			fr: v.pipe(v.array(v.string()), v.minLength(1, 'needs at least one accepted answer')),
			en: v.pipe(v.array(v.string()), v.minLength(1, 'needs at least one accepted answer'))
		}),
		placeholder: v.optional(localizedSchema)
	}),
	v.strictObject({
		...baseEntries,
		type: v.literal('numeric'),
		answer: finiteNumber,
		tolerance: v.optional(v.pipe(finiteNumber, v.minValue(0, 'must be 0 or more'))),
		range: v.optional(v.tuple([finiteNumber, finiteNumber], 'must be [min, max]')),
		unit: v.optional(localizedSchema)
	}),
	v.strictObject({
		...baseEntries,
		type: v.literal('ordering'),
		items: v.pipe(v.array(choiceSchema), v.minLength(2, 'needs at least two items'))
	}),
	v.strictObject({
		...baseEntries,
		type: v.literal('matching'),
		items: v.pipe(v.array(choiceSchema), v.minLength(1, 'needs at least one item')),
		targets: v.pipe(v.array(choiceSchema), v.minLength(1, 'needs at least one target')),
		answer: v.record(v.string(), v.string('must be a target id'))
	}),
	v.strictObject({
		...baseEntries,
		type: v.literal('cloze'),
		text: localizedSchema,
		blanks: v.pipe(
			v.array(
				v.strictObject({
					id: idSchema,
					options: v.pipe(v.array(choiceSchema), v.minLength(2, 'needs at least two options')),
					answer: idSchema
				})
			),
			v.minLength(1, 'needs at least one blank')
		)
	}),
	v.strictObject({
		...baseEntries,
		type: v.literal('case'),
		decisions: v.pipe(
			v.array(decisionSchema),
			v.minLength(2, 'needs at least two decisions'),
			v.maxLength(8, 'has more than eight decisions')
		),
		// "One event, several accounts" (issue 24): the accounts compared, side by side before the
		// decisions; a comparison may ask up to eight decisions (a kind and a status per claim)
		accounts: v.optional(v.pipe(v.array(accountSchema), v.minLength(2, 'compares at least two accounts'), v.maxLength(4, 'compares at most four accounts'))),
		// The case's facts as answers to the navigator's questions ("Can the Court act?", issue 23),
		// as far as the facts settle them, and where they lead: a question or an outcome id. Checked
		// against the navigator's model when the content loads (case-navigator.ts).
		navigator: v.optional(v.strictObject({ path: v.array(idSchema), at: idSchema }))
	}),
	v.strictObject({
		...baseEntries,
		type: v.literal('evidence'),
		claim: localizedSchema,
		stance: v.picklist(['supports', 'contradicts', 'silent'], 'must be supports, contradicts or silent'),
		source: v.pipe(v.string(), v.nonEmpty()),
		// the passage's language when it differs from the source's main one (a French item of a
		// compilation in English), as a citation's `lang`
		lang: v.optional(v.picklist(['fr', 'en'])),
		sentences: v.pipe(
			v.array(sentenceSchema),
			v.minLength(2, 'needs at least two sentences'),
			v.maxLength(12, 'has more than twelve sentences')
		),
		answer: v.pipe(v.array(idSchema), v.minLength(1, 'needs at least one key sentence')),
		// the key sentences are the citations (added from them); more may be given
		citations: v.optional(v.array(citationSchema))
	})
]);

type RawQuestion = v.InferOutput<typeof questionSchema>;
type RawOf<T extends RawQuestion['type']> = Extract<RawQuestion, { type: T }>;

const quizSchema = v.strictObject({
	module: idSchema,
	passMark: v.pipe(
		v.number('must be a number'),
		v.gtValue(0, 'must be more than 0'),
		v.maxValue(1, 'must be at most 1 (a share of the total)')
	),
	questions: v.pipe(v.array(v.unknown()), v.minLength(1, 'needs at least one question'))
});

// ——— Problems ———

function list(ids: readonly string[]): string {
	return ids.join(', ');
}

/** Each id used twice, reported at its second use. */
function duplicates(entries: readonly { id: string }[], field: string): Problem[] {
	const seen = new Set<string>();
	const problems: Problem[] = [];
	entries.forEach(({ id }, index) => {
		if (seen.has(id)) problems.push({ path: `${field}[${index}].id`, message: `"${id}" is used twice` });
		seen.add(id);
	});
	return problems;
}

function notOneOf(path: string, id: string, what: string, ids: readonly string[]): Problem {
	return { path, message: `"${id}" is not one of the ${what} ids (${list(ids)})` };
}

function wrongOptionsWithoutFeedback(options: RawOf<'single'>['options'], right: Set<string>): Problem[] {
	return options.flatMap((option, index) =>
		right.has(option.id) || option.feedback !== undefined
			? []
			: [
					{
						path: `options[${index}].feedback`,
						message: `missing: wrong option "${option.id}" needs feedback that explains the misconception`
					}
				]
	);
}

// ——— Cross-field checks, one per type ———

const crossChecks: { [T in RawQuestion['type']]: (question: RawOf<T>) => Problem[] } = {
	single(question) {
		const ids = question.options.map((option) => option.id);
		const problems = duplicates(question.options, 'options');
		// which options are wrong is only known once the answer names an option
		if (!ids.includes(question.answer)) return [...problems, notOneOf('answer', question.answer, 'option', ids)];
		return [...problems, ...wrongOptionsWithoutFeedback(question.options, new Set([question.answer]))];
	},
	multiple(question) {
		const ids = question.options.map((option) => option.id);
		const problems = duplicates(question.options, 'options');
		question.answer.forEach((id, index) => {
			if (!ids.includes(id)) problems.push(notOneOf(`answer[${index}]`, id, 'option', ids));
			else if (question.answer.indexOf(id) !== index) {
				problems.push({ path: `answer[${index}]`, message: `"${id}" is listed twice` });
			}
		});
		// which options are wrong is only known once the answer names options only
		if (question.answer.some((id) => !ids.includes(id))) return problems;
		return [...problems, ...wrongOptionsWithoutFeedback(question.options, new Set(question.answer))];
	},
	truefalse: () => [],
	short(question) {
		return (['fr', 'en'] as const).flatMap((lang) =>
			question.accepted[lang].flatMap((answer, index) =>
				normalizeText(answer) === ''
					? [
							{
								path: `accepted.${lang}[${index}]`,
								message: `"${answer}" is empty once case, accents and punctuation are ignored`
							}
						]
					: []
			)
		);
	},
	numeric(question) {
		const { answer, tolerance, range } = question;
		if (tolerance !== undefined && range !== undefined) {
			return [{ path: 'range', message: 'give either tolerance or range, not both' }];
		}
		if (range !== undefined) {
			const [min, max] = range;
			if (min > max) return [{ path: 'range', message: `[${min}, ${max}]: min is above max` }];
			if (answer < min || answer > max) {
				return [{ path: 'answer', message: `${answer} is outside range [${min}, ${max}]` }];
			}
			return [];
		}
		return tolerance === undefined
			? [{ path: 'tolerance', message: 'missing: give either tolerance (±, 0 for exact) or range [min, max]' }]
			: [];
	},
	ordering: (question) => duplicates(question.items, 'items'),
	matching(question) {
		const items = question.items.map((item) => item.id);
		const targets = question.targets.map((target) => target.id);
		const problems = [...duplicates(question.items, 'items'), ...duplicates(question.targets, 'targets')];
		for (const [item, target] of Object.entries(question.answer)) {
			if (!items.includes(item)) problems.push(notOneOf(`answer.${item}`, item, 'item', items));
			if (!targets.includes(target)) problems.push(notOneOf(`answer.${item}`, target, 'target', targets));
		}
		const unmatched = items.filter((item) => !Object.hasOwn(question.answer, item));
		if (unmatched.length > 0) {
			problems.push({ path: 'answer', message: `no target given for item(s) ${list(unmatched)}` });
		}
		return problems;
	},
	cloze(question) {
		const blanks = question.blanks.map((blank) => blank.id);
		const problems = duplicates(question.blanks, 'blanks');
		question.blanks.forEach((blank, index) => {
			problems.push(...duplicates(blank.options, `blanks[${index}].options`));
			const options = blank.options.map((option) => option.id);
			if (!options.includes(blank.answer)) {
				problems.push(notOneOf(`blanks[${index}].answer`, blank.answer, 'option', options));
			}
		});
		for (const lang of ['fr', 'en'] as const) {
			const markers = clozeMarkers(question.text[lang]);
			const missing = blanks.filter((id) => !markers.includes(id));
			const unknown = [...new Set(markers.filter((id) => !blanks.includes(id)))];
			const repeated = [...new Set(markers.filter((id, index) => markers.indexOf(id) !== index))];
			const path = `text.${lang}`;
			if (missing.length > 0) problems.push({ path, message: `no [[…]] marker for blank(s) ${list(missing)}` });
			if (unknown.length > 0) {
				problems.push({ path, message: `marker(s) ${list(unknown.map((id) => `[[${id}]]`))} name no blank (blanks: ${list(blanks)})` });
			}
			if (repeated.length > 0) {
				problems.push({ path, message: `marker(s) ${list(repeated.map((id) => `[[${id}]]`))} appear more than once` });
			}
		}
		return problems;
	},
	case(question) {
		const problems = duplicates(question.decisions, 'decisions');
		if (question.accounts) problems.push(...duplicates(question.accounts, 'accounts'));
		else if (question.decisions.length > 5) {
			problems.push({ path: 'decisions', message: 'has more than five decisions (only a comparison of accounts may have up to eight)' });
		}
		question.decisions.forEach((decision, index) => {
			problems.push(...duplicates(decision.options, `decisions[${index}].options`));
			const options = decision.options.map((option) => option.id);
			if (!options.includes(decision.answer)) {
				problems.push(notOneOf(`decisions[${index}].answer`, decision.answer, 'option', options));
			}
		});
		return problems;
	},
	evidence(question) {
		const ids = question.sentences.map((sentence) => sentence.id);
		const problems = duplicates(question.sentences, 'sentences');
		question.answer.forEach((id, index) => {
			if (!ids.includes(id)) problems.push(notOneOf(`answer[${index}]`, id, 'sentence', ids));
			else if (question.answer.indexOf(id) !== index) {
				problems.push({ path: `answer[${index}]`, message: `"${id}" is listed twice` });
			}
		});
		// selecting the whole passage must earn less than the key
		if (ids.every((id) => question.answer.includes(id))) {
			problems.push({ path: 'answer', message: 'names every sentence: at least one sentence must be outside the key' });
		}
		return problems;
	}
};

function crossCheck(question: RawQuestion): Problem[] {
	// The map is typed per type; TypeScript cannot pair question and check through the union.
	const check = crossChecks[question.type] as (question: RawQuestion) => Problem[];
	return check(question);
}

// ——— Conversion to the model: view (shown) apart from key (withheld until graded) ———

function choice({ id, label }: { id: string; label: Choice['label'] }): Choice {
	return { id, label };
}

function feedbackOf(options: RawOf<'single'>['options']): Record<string, Choice['label']> {
	return Object.fromEntries(
		options.flatMap((option) => (option.feedback === undefined ? [] : [[option.id, option.feedback]]))
	);
}

function toQuestion(raw: RawQuestion): Question {
	const view = {
		id: raw.id,
		objectives: raw.objectives,
		scenario: raw.scenario,
		prompt: raw.prompt,
		hints: raw.hints ?? []
	};
	const key = { explanation: raw.explanation, citations: raw.citations ?? [] };
	switch (raw.type) {
		case 'single':
			return {
				type: 'single',
				view: { ...view, type: 'single', options: raw.options.map(choice) },
				key: { ...key, type: 'single', answer: raw.answer, feedback: feedbackOf(raw.options) }
			};
		case 'multiple':
			return {
				type: 'multiple',
				view: { ...view, type: 'multiple', options: raw.options.map(choice) },
				key: { ...key, type: 'multiple', answer: raw.answer, feedback: feedbackOf(raw.options) }
			};
		case 'truefalse':
			return {
				type: 'truefalse',
				view: { ...view, type: 'truefalse' },
				key: { ...key, type: 'truefalse', answer: raw.answer, feedback: raw.feedback }
			};
		case 'short':
			return {
				type: 'short',
				view: { ...view, type: 'short', ...(raw.placeholder && { placeholder: raw.placeholder }) },
				key: { ...key, type: 'short', accepted: raw.accepted }
			};
		case 'numeric':
			return {
				type: 'numeric',
				view: { ...view, type: 'numeric', ...(raw.unit && { unit: raw.unit }) },
				key: {
					...key,
					type: 'numeric',
					answer: raw.answer,
					bounds:
						raw.range !== undefined
							? { kind: 'range', min: raw.range[0], max: raw.range[1] }
							: { kind: 'tolerance', tolerance: raw.tolerance ?? 0 }
				}
			};
		case 'ordering':
			return {
				type: 'ordering',
				view: { ...view, type: 'ordering', items: raw.items.map(choice) },
				key: { ...key, type: 'ordering', order: raw.items.map((item) => item.id) }
			};
		case 'matching':
			return {
				type: 'matching',
				view: { ...view, type: 'matching', items: raw.items.map(choice), targets: raw.targets.map(choice) },
				key: { ...key, type: 'matching', answer: raw.answer }
			};
		case 'cloze': {
			const blanks: ClozeBlank[] = raw.blanks.map((blank) => ({ id: blank.id, options: blank.options.map(choice) }));
			return {
				type: 'cloze',
				view: { ...view, type: 'cloze', text: raw.text, blanks },
				key: { ...key, type: 'cloze', answer: Object.fromEntries(raw.blanks.map((blank) => [blank.id, blank.answer])) }
			};
		}
		case 'case': {
			const decisions: CaseDecision[] = raw.decisions.map((decision) => ({
				id: decision.id,
				prompt: decision.prompt,
				options: decision.options.map(choice)
			}));
			const byDecision = <T>(value: (decision: RawOf<'case'>['decisions'][number]) => T) =>
				Object.fromEntries(raw.decisions.map((decision) => [decision.id, value(decision)]));
			const accounts = raw.accounts?.map(({ id, source, lang, speaker, evidence, wording, translation }) => ({
				id,
				source,
				...(lang && { lang }),
				speaker,
				evidence,
				wording,
				...(translation && { translation })
			}));
			return {
				type: 'case',
				view: { ...view, type: 'case', decisions, ...(accounts && { accounts }) },
				key: {
					...key,
					// every citation a question shows is in `citations`: what resolves, checks and
					// exports them (quiz pages, keys files, SCORM, the verbatim test) reads only that;
					// a comparison's accounts are quotations too
					citations: withDecisionCitations(raw.citations, [
						...raw.decisions,
						...(accounts ?? []).map(({ source, lang, wording, translation }) => ({
							citation: { source, quote: wording, ...(lang && { lang }), ...(translation && { translation }) }
						}))
					]),
					type: 'case',
					answer: byDecision((decision) => decision.answer),
					feedback: byDecision((decision) => feedbackOf(decision.options)),
					decisionCitations: byDecision((decision) => decision.citation),
					...(raw.navigator ? { navigator: { path: raw.navigator.path, at: raw.navigator.at } } : {})
				}
			};
		}
		case 'evidence': {
			const right = new Set(raw.answer);
			const keySentences = raw.sentences.filter((sentence) => right.has(sentence.id));
			return {
				type: 'evidence',
				view: {
					...view,
					type: 'evidence',
					claim: raw.claim,
					stance: raw.stance,
					source: raw.source,
					...(raw.lang && { lang: raw.lang }),
					sentences: raw.sentences.map(({ id, text, translation }) => ({ id, text, ...(translation && { translation }) }))
				},
				key: {
					...key,
					// the key sentences are the stored quotations the answer stands on: in `citations`,
					// what resolves, checks and exports them sees them (the verbatim test included)
					citations: withDecisionCitations(
						key.citations,
						keySentences.map(({ text, translation }) => ({
							citation: { source: raw.source, quote: text, ...(raw.lang && { lang: raw.lang }), ...(translation && { translation }) }
						}))
					),
					type: 'evidence',
					answer: raw.answer,
					feedback: Object.fromEntries(raw.sentences.map((sentence) => [sentence.id, sentence.feedback]))
				}
			};
		}
	}
}

/** The question's citations, then each decision's that is not among them yet. */
function withDecisionCitations(citations: Citation[], decisions: { citation: Citation }[]): Citation[] {
	const seen = new Set(citations.map((entry) => citationKey(entry.source, entry.quote)));
	const all = [...citations];
	for (const { citation } of decisions) {
		const key = citationKey(citation.source, citation.quote);
		if (!seen.has(key)) all.push(citation);
		seen.add(key);
	}
	return all;
}

// ——— Entry point ———

function questionLabel(raw: unknown, index: number): string {
	const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
	return typeof id === 'string' && id !== '' ? `question "${id}"` : `questions[${index}]`;
}

/** The folder a quiz file lives in (`lessons/01-jurisdiction/quiz.yaml` → `01-jurisdiction`). */
function moduleFolder(file: string): string | undefined {
	return /(?:^|\/)lessons\/([^/]+)\/quiz\.ya?ml$/.exec(file)?.[1];
}

/**
 * Checks one quiz file (already parsed from YAML) and converts it to the quiz model.
 * Throws an Error listing every problem, one per line, each naming the file, the question (by id,
 * or by index when it has none), the path of the field and the problem.
 */
export function parseQuiz(raw: unknown, file: string): Quiz {
	const top = v.safeParse(quizSchema, raw);
	if (!top.success) fail(file, issueProblems(top.issues).map((problem) => problemLine('', problem)));
	const { module, passMark, questions: rawQuestions } = top.output;

	const lines: string[] = [];
	const folder = moduleFolder(file);
	if (folder !== undefined && folder !== module) {
		lines.push(problemLine('', { path: 'module', message: `"${module}" differs from the folder "${folder}"` }));
	}

	const questions: Question[] = [];
	const firstIndexOfId = new Map<string, number>();
	rawQuestions.forEach((rawQuestion, index) => {
		const where = questionLabel(rawQuestion, index);
		const parsed = v.safeParse(questionSchema, rawQuestion);
		if (!parsed.success) {
			lines.push(...issueProblems(parsed.issues).map((problem) => problemLine(where, problem)));
			return;
		}
		const question = parsed.output;
		const earlier = firstIndexOfId.get(question.id);
		if (earlier !== undefined) {
			lines.push(problemLine(where, { path: 'id', message: `"${question.id}" is already the id of questions[${earlier}]` }));
		} else firstIndexOfId.set(question.id, index);
		const problems = crossCheck(question);
		if (problems.length > 0) lines.push(...problems.map((problem) => problemLine(where, problem)));
		else questions.push(toQuestion(question));
	});

	if (lines.length > 0) fail(file, lines);
	return { module, passMark, questions };
}
