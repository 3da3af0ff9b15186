import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitKeys } from '$lib/quiz/split-keys';
import { sampleQuiz } from '$lib/quiz/test-support/sample-questions';
import { fetchAllKeys, startProps } from './all-keys';

// The review deck's and an assignment's islands (ReviewWithKeys, AssignmentWithKeys): every quiz's
// keys fetched before the island starts, or the reader told; the server draws from the questions.
const other = { ...sampleQuiz, module: '02-other' };
const [one, two] = [sampleQuiz, other].map(splitKeys);
const citation = { source: 's', quote: 'q', translation: undefined, title: 'S', href: '/en/sources/s/' };
const files: Record<string, unknown> = {
	'/one.json': { keys: one.keys, citations: { a: citation } },
	'/two.json': { keys: two.keys, citations: { b: citation } }
};
const props = { quizzes: [one.views, two.views], keysUrls: ['/one.json', '/two.json'], lang: 'en' as const };

describe('every quiz of the page with its keys', () => {
	afterEach(() => vi.unstubAllGlobals());
	const serve = (known: Record<string, unknown>) =>
		vi.stubGlobal('fetch', vi.fn(async (url: string) => (url in known ? new Response(JSON.stringify(known[url])) : new Response('', { status: 404 }))));

	it('starts the component with every quiz whole and every citation, once all keys are fetched', async () => {
		serve(files);
		const ready = await fetchAllKeys(props, () => 'failed');
		expect(typeof ready).toBe('object');
		const start = startProps(ready as Exclude<typeof ready, string>);
		expect(start.quizzes).toEqual([sampleQuiz, other]);
		expect(start.citations).toEqual({ a: citation, b: citation });
		expect(start).toMatchObject({ lang: 'en' });
		expect(start).not.toHaveProperty('keysUrls');
		expect(start).not.toHaveProperty('whole');
	});

	it("tells the reader when one quiz's keys cannot be had", async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		serve({ '/one.json': files['/one.json'] });
		expect(await fetchAllKeys(props, () => 'the keys could not be loaded')).toBe('the keys could not be loaded');
	});

	it('draws on the server from the questions alone, no key and no citation', () => {
		const start = startProps(props);
		expect(start.quizzes.map((quiz) => quiz.questions.map((q) => 'key' in q))).toEqual([one.views.questions.map(() => false), two.views.questions.map(() => false)]);
		expect(start.citations).toEqual({});
	});
});
