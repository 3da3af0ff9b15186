// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keepRightParts } from './keep-right-parts';
import { graded } from './result';
import type { Question } from './types';

const L = (s: string) => ({ fr: s, en: s });
const base = { objectives: ['o'], scenario: false, prompt: L('?'), hints: [] };
const keyBase = { explanation: L('because'), citations: [{ source: 's', quote: 'q' }] };

describe('keepRightParts', () => {
	it('keeps the right choices of a select-all and drops the wrong ones', () => {
		const question: Question = {
			type: 'multiple',
			view: { ...base, id: 'm', type: 'multiple', options: ['a', 'b', 'c'].map((id) => ({ id, label: L(id) })) },
			key: { ...keyBase, type: 'multiple', answer: ['a', 'b'], feedback: { c: L('no') } }
		};
		expect(keepRightParts(question, ['a', 'c'], graded(0, { a: true, b: false, c: false }))).toEqual(['a']);
	});

	it('keeps the right pairs of a matching and empties the wrong ones', () => {
		const question: Question = {
			type: 'matching',
			view: { ...base, id: 'x', type: 'matching', items: [{ id: 'i1', label: L('1') }, { id: 'i2', label: L('2') }], targets: [{ id: 't1', label: L('t1') }, { id: 't2', label: L('t2') }] },
			key: { ...keyBase, type: 'matching', answer: { i1: 't1', i2: 't2' } }
		};
		expect(keepRightParts(question, { i1: 't1', i2: 't1' }, graded(0.5, { i1: true, i2: false }))).toEqual({ i1: 't1', i2: null });
	});

	it('clears a wrong single choice', () => {
		const question: Question = {
			type: 'single',
			view: { ...base, id: 's', type: 'single', options: [{ id: 'a', label: L('a') }, { id: 'b', label: L('b') }] },
			key: { ...keyBase, type: 'single', answer: 'a', feedback: { b: L('no') } }
		};
		expect(keepRightParts(question, 'b', graded(0, { b: false }))).toBeNull();
	});
});
