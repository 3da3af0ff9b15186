// @vitest-environment node
// cmi.suspend_data never exceeds 4,096 characters, whatever the state (property tests with
// fast-check), what it holds grades exactly as what the learner answered, and the hints opened
// (they cost credit) come back; version 1, written before hints counted, is read as 0 hints.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grade } from '../../quiz/grade';
import { both } from '../../quiz/test-support/sample-questions';
import { questionArb } from '../../quiz/test-support/arbitraries';
import { samples } from '../../quiz/test-support/sample-questions';
import type { LearnerInput, Question, QuestionView } from '../../quiz/types';
import { everyQuiz } from '$lib/content/quizzes';
import { decodeState, encodeState, quizFingerprint, SUSPEND_DATA_LIMIT, TEXT_LIMIT, type ScoState } from './suspend-data';

/** Any text a learner could type: long, short, with quotes, backslashes, accents, emoji. */
const textArb = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.string({ unit: 'grapheme', maxLength: 300 }),
	fc.string({ unit: 'binary', maxLength: 600 }),
	fc.constantFrom('"\\"\\\\', '</script>', 'é'.repeat(5000), '😀'.repeat(3000), ' 1 000,5 ')
);

/** An input the page can produce for the question: known ids only, any subset or order. */
function pageInputArb(question: Question): fc.Arbitrary<LearnerInput> {
	switch (question.type) {
		case 'single':
			return fc.option(fc.constantFrom(...question.view.options.map((option) => option.id)), { nil: null });
		case 'multiple':
			return fc.subarray(question.view.options.map((option) => option.id));
		case 'evidence':
			return fc.subarray(question.view.sentences.map((sentence) => sentence.id));
		case 'truefalse':
			return fc.option(fc.boolean(), { nil: null });
		case 'short':
		case 'numeric':
			return textArb;
		case 'ordering': {
			const ids = question.view.items.map((item) => item.id);
			return fc.oneof(fc.constant<string[]>([]), fc.shuffledSubarray(ids, { minLength: ids.length }));
		}
		case 'matching': {
			const targets = question.view.targets.map((target) => target.id);
			return fc
				.tuple(...question.view.items.map(() => fc.option(fc.constantFrom(...targets), { nil: null })))
				.map((values) => Object.fromEntries(question.view.items.map((item, index) => [item.id, values[index] ?? null])));
		}
		case 'cloze':
			return fc
				.tuple(...question.view.blanks.map((blank) => fc.option(fc.constantFrom(...blank.options.map((option) => option.id)), { nil: null })))
				.map((values) => Object.fromEntries(question.view.blanks.map((blank, index) => [blank.id, values[index] ?? null])));
		case 'case':
			return fc
				.tuple(...question.view.decisions.map((decision) => fc.option(fc.constantFrom(...decision.options.map((option) => option.id)), { nil: null })))
				.map((values) => Object.fromEntries(question.view.decisions.map((decision, index) => [decision.id, values[index] ?? null])));
	}
}

/**
 * A quiz of 1 to `max` questions with unique ids and 0 to 3 hints each, and a state of answers and
 * hints opened for it (sometimes more than the question has: they are counted up to its hints).
 */
function quizAndStateArb(max: number): fc.Arbitrary<{ questions: Question[]; state: ScoState }> {
	return fc
		.array(questionArb, { minLength: 1, maxLength: max })
		.map((questions) =>
			questions.map(
				(question, index) =>
					({ ...question, view: { ...question.view, id: `q${index}`, hints: Array.from({ length: index % 4 }, (_, n) => both(`hint ${n}`)) } }) as Question
			)
		)
		.chain((questions) =>
			fc
				.record({
					seed: fc.nat(),
					submitted: fc.boolean(),
					inputs: fc.tuple(...questions.map((question) => fc.option(pageInputArb(question), { nil: undefined }))),
					opened: fc.tuple(...questions.map(() => fc.nat({ max: 5 })))
				})
				.map(({ seed, submitted, inputs, opened }) => {
					const answers: Record<string, LearnerInput> = {};
					const hints: Record<string, number> = {};
					questions.forEach((question, index) => {
						const input = inputs[index];
						if (input !== undefined) answers[question.view.id] = input;
						hints[question.view.id] = opened[index] ?? 0;
					});
					return { questions, state: { seed, submitted, answers, hints } };
				})
		);
}

/** The hints a state keeps: up to what each question has, zeros left out. */
function expectedHints(questions: Question[], state: ScoState): Record<string, number> {
	return Object.fromEntries(
		questions
			.map((question): [string, number] => [question.view.id, Math.min(state.hints[question.view.id] ?? 0, question.view.hints.length)])
			.filter(([, count]) => count > 0)
	);
}

const views = (questions: Question[]): QuestionView[] => questions.map((question) => question.view);

describe('encodeState / decodeState', () => {
	it('never writes more than 4,096 characters, and what it writes can be read back', () => {
		fc.assert(
			fc.property(quizAndStateArb(120), ({ questions, state }) => {
				const text = encodeState(views(questions), state);
				expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
				const decoded = decodeState(views(questions), text);
				expect(decoded).not.toBeNull();
				expect(decoded?.seed).toBe(state.seed >>> 0);
				expect(decoded?.submitted).toBe(state.submitted);
				// hints are never dropped to make room (one digit a question, in the head)
				expect(decoded?.hints).toEqual(expectedHints(questions, state));
				// reading and writing again changes nothing
				expect(encodeState(views(questions), decoded as ScoState)).toBe(text);
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps every answer of a state that fits, grading exactly as the original', () => {
		fc.assert(
			fc.property(quizAndStateArb(25), ({ questions, state }) => {
				const text = encodeState(views(questions), state);
				const decoded = decodeState(views(questions), text) as ScoState;
				for (const question of questions) {
					const id = question.view.id;
					const original = state.answers[id];
					// texts longer than the limit are cut, and a state over 4,096 characters loses texts
					if (typeof original === 'string' && original.trim().length > TEXT_LIMIT) continue;
					if (text.length > SUSPEND_DATA_LIMIT - 400) continue;
					const restored = decoded.answers[id];
					const gradeOf = (input: LearnerInput | undefined) => (input === undefined ? null : grade(question, input));
					const before = gradeOf(original);
					const after = gradeOf(restored);
					// an empty answer and no answer both earn nothing and are both incomplete
					const score = (result: ReturnType<typeof gradeOf>) => (result?.kind === 'graded' ? result.score : 0);
					expect(score(after), id).toBe(score(before));
					expect(after?.kind ?? 'invalid', id).toBe(before?.kind ?? 'invalid');
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('holds the largest states within 4,096 characters, dropping texts first, then the last answers', () => {
		const shortQuestion = samples.short;
		const many: Question[] = Array.from({ length: 300 }, (_, index) =>
			index % 2 === 0
				? { ...shortQuestion, view: { ...shortQuestion.view, id: `s${index}` } }
				: { ...samples.ordering, view: { ...samples.ordering.view, id: `o${index}` } }
		);
		const answers: Record<string, LearnerInput> = {};
		for (const question of many) answers[question.view.id] = question.type === 'short' ? 'x'.repeat(1000) : [...samples.ordering.key.order].reverse();
		const text = encodeState(views(many), { seed: 42, submitted: true, answers, hints: {} });
		expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
		const decoded = decodeState(views(many), text) as ScoState;
		expect(decoded.submitted).toBe(true);
		// texts were cut to TEXT_LIMIT, then dropped (some of them) before any ordering answer
		const ids = Object.keys(decoded.answers);
		const texts = ids.filter((id) => id.startsWith('s'));
		expect(ids.filter((id) => id.startsWith('o'))).toHaveLength(150);
		expect(texts.length).toBeGreaterThan(0);
		expect(texts.length).toBeLessThan(150);
		for (const id of texts) expect(decoded.answers[id]).toBe('x'.repeat(TEXT_LIMIT));
		expect(decoded.answers.o1).toEqual([...samples.ordering.key.order].reverse());

		// thousands of answers: at worst the head alone
		const huge: Question[] = Array.from({ length: 5000 }, (_, index) => ({ ...samples.ordering, view: { ...samples.ordering.view, id: `o${index}` } }));
		const hugeAnswers = Object.fromEntries(huge.map((question) => [question.view.id, [...samples.ordering.key.order]]));
		const hugeText = encodeState(views(huge), { seed: 7, submitted: false, answers: hugeAnswers, hints: {} });
		expect(hugeText.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
		expect(decodeState(views(huge), hugeText)?.seed).toBe(7);

		// so many questions that their hint digits alone pass 4,096 characters: the hints go too
		const hinted = huge.map((question) => ({ ...question, view: { ...question.view, hints: [both('hint')] } }) as Question);
		const allHints = Object.fromEntries(hinted.map((question) => [question.view.id, 1]));
		const hintedText = encodeState(views(hinted), { seed: 7, submitted: true, answers: hugeAnswers, hints: allHints });
		expect(hintedText.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
		expect(decodeState(views(hinted), hintedText)).toMatchObject({ seed: 7, submitted: true, hints: {} });
		// 5,000 questions cut down answer by answer: seconds on a busy 2-core machine (real quizzes have 25)
	}, 30_000);

	it('fits every real quiz answered with long texts', () => {
		for (const quiz of everyQuiz()) {
			const answers = Object.fromEntries(
				quiz.questions.map((question): [string, LearnerInput] => [
					question.view.id,
					question.type === 'short' || question.type === 'numeric' ? '€'.repeat(10_000) : (null as LearnerInput)
				])
			);
			// every hint of every question opened
			const hints = Object.fromEntries(quiz.questions.map((question) => [question.view.id, question.view.hints.length]));
			const text = encodeState(views(quiz.questions), { seed: 1, submitted: false, answers, hints });
			expect(text.length, quiz.module).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
			expect(decodeState(views(quiz.questions), text)?.hints, quiz.module).toEqual(
				Object.fromEntries(Object.entries(hints).filter(([, count]) => count > 0))
			);
		}
	});

	it('ignores what it cannot read: garbage, another version of the quiz', () => {
		const questions = Object.values(samples) as Question[];
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (text) => {
				const decoded = decodeState(views(questions), text);
				expect(decoded === null || typeof decoded.seed === 'number').toBe(true);
			})
		);
		for (const text of ['', '   ', '{', '[2,"x","1",0]', 'null', '[1]', '[1,"zzz","1",0,"1"]', `[4,"${quizFingerprint(views(questions))}","1",0,"","","0","1"]`]) {
			expect(decodeState(views(questions), text), text).toBeNull();
		}
		const state: ScoState = { seed: 5, submitted: false, answers: { s1: 'b' }, hints: {} };
		const text = encodeState(views(questions), state);
		expect(decodeState(views(questions), text)?.answers).toEqual({ s1: 'b' });
		// the same data for a quiz whose options changed: its indexes would mean other choices
		const changed = questions.map((question) =>
			question.type === 'single' ? { ...question, view: { ...question.view, options: [...question.view.options].reverse() } } : question
		);
		expect(decodeState(views(changed), text)).toBeNull();
	});

	const compactAnswers: Record<string, LearnerInput> = {
		s1: 'b',
		m1: ['a', 'c'],
		t1: false,
		sh1: '  Statut de Rome ',
		n1: '125',
		o1: ['i2', 'i1', 'i3', 'i4', 'i5'],
		ma1: { x: 't2', y: null, z: 't4', w: 't3' },
		c1: { b1: null, b2: 'geneve' }
	};
	const compactFields = ['1', '0.2', 'f', 'Statut de Rome', '125', '1.0.2.3.4', '1..3.2', '.1'];

	it('writes compactly: indexes in base 36, not ids; hints one digit a question, trailing zeros dropped', () => {
		const questions = Object.values(samples) as Question[];
		const text = encodeState(views(questions), { seed: 35, submitted: true, answers: compactAnswers, hints: {} });
		expect(JSON.parse(text)).toEqual([3, quizFingerprint(views(questions)), 'z', 1, '', '', '0', ...compactFields]);
		// the same with hints opened: 1 in the first question, 2 in the third
		const hinted = questions.map((question) => ({ ...question, view: { ...question.view, hints: [both('h1'), both('h2')] } }) as Question);
		const withHints = encodeState(views(hinted), { seed: 35, submitted: true, answers: compactAnswers, hints: { s1: 1, t1: 2, m1: 0 } });
		expect(JSON.parse(withHints)).toEqual([3, quizFingerprint(views(hinted)), 'z', 1, '102', '', '0', ...compactFields]);
		expect(decodeState(views(hinted), withHints)?.hints).toEqual({ s1: 1, t1: 2 });
	});

	it('reads version 1 (before hints cost credit) as the same answers with 0 hints', () => {
		const questions = (Object.values(samples) as Question[]).map((question) => ({ ...question, view: { ...question.view, hints: [both('h1')] } }) as Question);
		// what a package made before hints counted left in suspend_data
		const version1 = JSON.stringify([1, quizFingerprint(views(questions)), 'z', 1, ...compactFields]);
		const decoded = decodeState(views(questions), version1);
		const answers = { ...compactAnswers, sh1: 'Statut de Rome' };
		// submitted: each answer was graded as one try without hints (the runtime of that time)
		const tries = Object.fromEntries(Object.entries(answers).map(([id, input]) => [id, [{ input, hints: 0 }]]));
		expect(decoded).toEqual({ seed: 35, submitted: true, answers, hints: {}, tries, revealed: {}, flagged: {}, current: 0 });
		// written back, it becomes version 3, with the same answers and each one tried (flag 1)
		expect(JSON.parse(encodeState(views(questions), decoded as ScoState))).toEqual([3, quizFingerprint(views(questions)), 'z', 1, '', '11111111', '0', ...compactFields]);
	});

	it('reads version 2 (hints, no session flags) with one try per answer, with its hints, once submitted', () => {
		const questions = (Object.values(samples) as Question[]).map((question) => ({ ...question, view: { ...question.view, hints: [both('h1'), both('h2')] } }) as Question);
		const version2 = JSON.stringify([2, quizFingerprint(views(questions)), 'z', 1, '102', ...compactFields]);
		const decoded = decodeState(views(questions), version2);
		expect(decoded?.hints).toEqual({ s1: 1, t1: 2 });
		expect(decoded?.tries?.s1).toEqual([{ input: 'b', hints: 1 }]);
		expect(decoded?.tries?.t1).toEqual([{ input: false, hints: 2 }]);
		expect(decoded?.tries?.m1).toEqual([{ input: ['a', 'c'], hints: 0 }]);
		// in progress (not submitted): nothing was tried yet
		const inProgress = decodeState(views(questions), JSON.stringify([2, quizFingerprint(views(questions)), 'z', 0, '102', ...compactFields]));
		expect(inProgress?.tries).toEqual({});
		expect(inProgress?.answers.s1).toBe('b');
	});

	it('version 3 keeps the session: tries, answers shown, flags, the current question', () => {
		const questions = Object.values(samples) as Question[];
		const state: ScoState = {
			seed: 35,
			submitted: true,
			answers: { s1: 'b', t1: false },
			hints: {},
			tries: { s1: [{ input: 'b', hints: 0 }] },
			revealed: { t1: true },
			flagged: { m1: true, s1: true },
			current: 2
		};
		const text = encodeState(views(questions), state);
		const decoded = decodeState(views(questions), text);
		expect(decoded).toEqual({ ...state, tries: { s1: [{ input: 'b', hints: 0 }] }, revealed: { t1: true }, flagged: { s1: true, m1: true } });
		// s1: tried + flagged = 5, m1: flagged = 4, t1: revealed = 2 (authored order s1, m1, t1, …)
		expect(JSON.parse(text).slice(5, 7)).toEqual(['542', '2']);
	});
});
