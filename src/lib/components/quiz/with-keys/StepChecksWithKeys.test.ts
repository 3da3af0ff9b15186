import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checksForStep, loadChecks } from '$lib/content/checks';
import { contentFiles } from '$lib/content/files';
import { questionIn } from '$lib/quiz/in-language';
import { splitKeys } from '$lib/quiz/split-keys';
import { beforeHydrate } from './StepChecksWithKeys.svelte';

const FILE = 'lessons/01-jurisdiction/checks.yaml';
const fixture = readFileSync(path.join(import.meta.dirname, '../../../content/test-support', FILE), 'utf8');
const whole = loadChecks({ ...contentFiles, [FILE]: fixture }).get('01-jurisdiction')!.questions;
const props = checksForStep('01-jurisdiction', ['j-check-fixture-2'], 'en', 'what-is-icc', whole);
const keys = splitKeys({ module: '01-jurisdiction', passMark: 1, questions: whole.map((q) => questionIn(q, 'en')) }).keys;

afterEach(() => vi.unstubAllGlobals());

describe('the step-checks island before it hydrates', () => {
	it('fetches the module’s keys and puts them back with the step’s questions', async () => {
		const fetch = vi.fn(async () => new Response(JSON.stringify({ keys, citations: {} })));
		vi.stubGlobal('fetch', fetch);
		const ready = await beforeHydrate(props);
		expect(fetch).toHaveBeenCalledWith('/en/modules/01-jurisdiction/checks.json');
		expect(typeof ready === 'object' && ready.whole?.questions.map((q) => [q.view.id, q.key.type])).toEqual([['j-check-fixture-2', 'truefalse']]);
	});

	it('says so, in the page language, when the keys cannot be had or do not fit', async () => {
		vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
		expect(await beforeHydrate(props)).toMatch(/could not start|n’ont pas pu démarrer/);
		vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ keys: {}, citations: {} }))));
		expect(typeof (await beforeHydrate(props))).toBe('string');
	});
});
