import { describe, expect, it } from 'vitest';
import { keyInput } from '$lib/quiz/grade';
import { samples } from '$lib/quiz/test-support/sample-questions';
import type { Question } from '$lib/quiz/types';
import { idsFor, rehearseCheck } from './rehearse';

describe('a rehearsing copy', () => {
	it('has element ids of its own; the learner’s component keeps its ids as they are', () => {
		expect(idsFor(true)('q-x-choice')).toBe('rehearsal-q-x-choice');
		expect(idsFor(false)('q-x-choice')).toBe('q-x-choice');
	});

	it('answers with the key and checks, in a task after it was drawn, then says it is done', async () => {
		const question = samples.single as Question;
		const moves: string[] = [];
		const done = rehearseCheck(
			question,
			'en',
			(q, input) => moves.push(`answer ${q.view.id} ${JSON.stringify(input)}`),
			(q) => moves.push(`check ${q.view.id}`),
			() => moves.push('done')
		);
		// nothing in the task that drew the copy
		expect(moves).toEqual([]);
		await done;
		expect(moves).toEqual([`answer ${question.view.id} ${JSON.stringify(keyInput(question, 'en'))}`, `check ${question.view.id}`, 'done']);
	});

	it('checks nothing for a question without its key (or none), and is done all the same', async () => {
		const moves: string[] = [];
		const { key: _key, ...view } = samples.single;
		for (const question of [view as unknown as Question, undefined]) {
			await rehearseCheck(question, 'fr', () => moves.push('answer'), () => moves.push('check'), () => moves.push('done'));
		}
		expect(moves).toEqual(['done', 'done']);
	});
});
