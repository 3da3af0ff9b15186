// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { summariseTrails } from '../../quiz/attempt';
import { oneTry, type Trail } from '../../quiz/credit';
import { keyInput } from '../../quiz/grade';
import { sampleQuiz, samples } from '../../quiz/test-support/sample-questions';
import { masteryScore, scoreReport } from './score';

describe('scoreReport: raw score on 0–100, min 0, max 100, passed/failed', () => {
	it.each<[number, boolean, string, 'passed' | 'failed']>([
		[100, true, '100', 'passed'],
		[0, false, '0', 'failed'],
		[70, true, '70', 'passed'],
		[(2 / 3) * 100, false, '66.66', 'failed'],
		[(5 / 6) * 100, true, '83.33', 'passed'],
		[69.999999, false, '69.99', 'failed'],
		[69.9999999999, true, '70', 'passed'],
		[150, true, '100', 'passed'],
		[-3, false, '0', 'failed'],
		[Number.NaN, false, '0', 'failed']
	])('%d %% (passed: %s) → raw %s, %s', (percent, passed, raw, status) => {
		expect(scoreReport({ percent, passed })).toEqual({ raw, min: '0', max: '100', status });
	});

	it('reports the credit of the trails: the key with 1 hint earns 0.75, 2 hints 0.5', () => {
		const trails: Record<string, Trail> = Object.fromEntries(sampleQuiz.questions.map((question) => [question.view.id, oneTry(keyInput(question, 'en'))]));
		trails.s1 = oneTry(keyInput(samples.single, 'en'), 1);
		const summary = summariseTrails(sampleQuiz, trails);
		expect(summary.credits.s1?.credit).toBe(0.75);
		const total = sampleQuiz.questions.length;
		expect(scoreReport(summary)).toEqual({ raw: String(Math.round(((total - 0.25) / total) * 10000) / 100), min: '0', max: '100', status: 'passed' });
		trails.m1 = oneTry(keyInput(samples.multiple, 'en'), 2);
		expect(summariseTrails(sampleQuiz, trails).credits.m1?.credit).toBe(0.5);
		expect(scoreReport(summariseTrails(sampleQuiz, trails)).raw).toBe(String(Math.round(((total - 0.75) / total) * 10000) / 100));
	});

	it('the mastery score is the pass mark on 0–100', () => {
		expect(masteryScore(0.7)).toBe(70);
		expect(masteryScore(0.655)).toBe(65.5);
		expect(masteryScore(1)).toBe(100);
	});
});
