// @vitest-environment jsdom
// Each question as a SCORM 1.2 interaction: the response in the format of its type, the result,
// and every value accepted by scorm-again's SCORM 1.2 runtime (the one the e2e test hosts as the
// LMS), for an attempt of every module's quiz.
import { describe, expect, it } from 'vitest';
import * as scorm12 from 'scorm-again/scorm12';
import { everyQuiz } from '$lib/content/quizzes';
import { summariseTrails } from '../../quiz/attempt';
import { oneTry } from '../../quiz/credit';
import type { LearnerInput, Question, Quiz } from '../../quiz/types';
import { samples } from '../../quiz/test-support/sample-questions';
import { interactionId, interactionResult, interactionsOf, interactionType, studentResponse } from './interactions';
import { LmsSession, type Scorm12Api } from './runtime/lms';
import { scoreReport } from './score';

// the ESM build exports the class by name, its type declarations as the default export
type Scorm12Class = typeof import('scorm-again/scorm12').default;
const Scorm12API = (scorm12 as unknown as { Scorm12API?: Scorm12Class }).Scorm12API ?? (scorm12 as unknown as { default: Scorm12Class }).default;

/** The right answer of each sample question, as the runner holds it. */
function rightInput(question: Question): LearnerInput {
	switch (question.type) {
		case 'single':
		case 'multiple':
		case 'evidence':
		case 'truefalse':
			return question.key.answer;
		case 'short':
			return question.key.accepted.en[0] ?? '';
		case 'numeric':
			return String(question.key.answer);
		case 'ordering':
			return question.key.order;
		case 'matching':
		case 'cloze':
		case 'case':
			return question.key.answer;
	}
}

/** A wrong (or partly wrong) answer: the first option or the reversed order. */
function wrongInput(question: Question): LearnerInput {
	switch (question.type) {
		case 'single':
			return question.view.options.find((option) => option.id !== question.key.answer)?.id ?? null;
		case 'multiple':
			return question.view.options.filter((option) => !question.key.answer.includes(option.id)).map((option) => option.id);
		case 'evidence':
			return question.view.sentences.filter((sentence) => !question.key.answer.includes(sentence.id)).map((sentence) => sentence.id);
		case 'truefalse':
			return !question.key.answer;
		case 'short':
			return 'zzz';
		case 'numeric':
			return String(question.key.answer + 1000);
		case 'ordering':
			return [...question.key.order].reverse();
		case 'matching':
			return Object.fromEntries(question.view.items.map((item) => [item.id, null]));
		case 'cloze':
			return Object.fromEntries(question.view.blanks.map((blank) => [blank.id, blank.options.find((option) => option.id !== question.key.answer[blank.id])?.id ?? null]));
		case 'case':
			return Object.fromEntries(question.view.decisions.map((decision) => [decision.id, decision.options.find((option) => option.id !== question.key.answer[decision.id])?.id ?? null]));
	}
}

function credits(quiz: Quiz, answers: Record<string, LearnerInput>) {
	return summariseTrails(quiz, Object.fromEntries(Object.entries(answers).map(([id, input]) => [id, oneTry(input)]))).credits;
}

describe('SCORM 1.2 interactions', () => {
	it('writes each type in its SCORM 1.2 format', () => {
		expect(studentResponse(samples.single, 'b')).toBe('1');
		expect(studentResponse(samples.multiple, ['e', 'a', 'c'])).toBe('0,2,4');
		expect(studentResponse(samples.truefalse, true)).toBe('t');
		expect(studentResponse(samples.truefalse, false)).toBe('f');
		expect(studentResponse(samples.short, 'Rome')).toBe('Rome');
		expect(studentResponse(samples.short, 'x'.repeat(300))).toHaveLength(255);
		expect(studentResponse(samples.numeric, '2,5')).toBe('2.5');
		expect(studentResponse(samples.numeric, 'twelve')).toBe('');
		const items = samples.ordering.view.items.map((item) => item.id);
		expect(studentResponse(samples.ordering, [...items].reverse())).toBe(items.map((_, index) => index).reverse().join(','));
		const [item0, item1] = samples.matching.view.items;
		const [target0, , target2] = samples.matching.view.targets;
		expect(studentResponse(samples.matching, { [item0!.id]: target2!.id, [item1!.id]: null })).toBe('0.2');
		expect(studentResponse(samples.matching, { [item0!.id]: target0!.id })).toBe('0.0');
		expect(studentResponse(samples.single, undefined)).toBe('');
		// an evidence question: the sentences chosen, by their place in the passage
		const sentences = samples.evidence.view.sentences.map((sentence) => sentence.id);
		expect(studentResponse(samples.evidence, [sentences[1]!, sentences[0]!])).toBe('0,1');
		expect(Object.values(samples).map(interactionType)).toEqual(['choice', 'choice', 'true-false', 'fill-in', 'numeric', 'sequencing', 'matching', 'matching', 'matching', 'choice']);
	});

	it('names each question by a SCORM 1.2 identifier', () => {
		expect(interactionId('j-un-status')).toBe('j-un-status');
		expect(interactionId('case.decision one')).toBe('case_decision_one');
	});

	it('says correct, wrong, or the partial score', () => {
		expect(interactionResult(undefined)).toBe('wrong');
		expect(interactionResult({ credit: 0.75, score: 1, status: 'right', tries: 1, hints: 1, revealed: false })).toBe('correct');
		expect(interactionResult({ credit: 0, score: 0, status: 'wrong', tries: 1, hints: 0, revealed: false })).toBe('wrong');
		expect(interactionResult({ credit: 0.5, score: 0.5, status: 'partial', tries: 1, hints: 0, revealed: false })).toBe('0.5');
		expect(interactionResult({ credit: 0, score: 0, status: 'wrong', tries: 0, hints: 0, revealed: false })).toBe('wrong');
	});

	it('reports a right and a wrong attempt of the samples with the right results', () => {
		const quiz: Quiz = { module: 'sample', passMark: 0.7, questions: Object.values(samples) };
		const right = Object.fromEntries(quiz.questions.map((question) => [question.view.id, rightInput(question)]));
		expect(interactionsOf(quiz, right, credits(quiz, right)).map((entry) => entry.result)).toEqual(quiz.questions.map(() => 'correct'));
		const wrong = Object.fromEntries(quiz.questions.map((question) => [question.view.id, wrongInput(question)]));
		const results = interactionsOf(quiz, wrong, credits(quiz, wrong)).map((entry) => entry.result);
		expect(results.filter((result) => result === 'correct')).toEqual([]);
		expect(results.every((result) => result === 'wrong' || /^0\.\d+$/.test(result))).toBe(true);
	});

	for (const quiz of everyQuiz()) {
		it(`${quiz.module}: scorm-again's SCORM 1.2 runtime accepts every interaction of a right and a wrong attempt`, () => {
			for (const inputOf of [rightInput, wrongInput]) {
				const api = new Scorm12API({ logLevel: 5 }) as unknown as Scorm12Api & { LMSGetLastError(): string };
				const refused: string[] = [];
				const setValue = api.LMSSetValue.bind(api);
				api.LMSSetValue = (element: string, value: string) => {
					const result = setValue(element, value);
					if (String(result) !== 'true') refused.push(`${element}=${value} (${api.LMSGetLastError()})`);
					return result;
				};
				const session = new LmsSession(api);
				session.start();
				const answers = Object.fromEntries(quiz.questions.map((question) => [question.view.id, inputOf(question)]));
				const summary = summariseTrails(quiz, Object.fromEntries(Object.entries(answers).map(([id, input]) => [id, oneTry(input)])));
				const interactions = interactionsOf(quiz, answers, summary.credits);
				expect(session.report(scoreReport(summary), '', interactions)).toBe(true);
				expect(refused).toEqual([]);
				// what the LMS holds: one interaction a question (the elements themselves are write-only)
				expect(api.LMSGetValue('cmi.interactions._count')).toBe(String(quiz.questions.length));
				if (inputOf === rightInput) expect(interactions.every((entry) => entry.result === 'correct')).toBe(true);
			}
		});
	}
});
