import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitKeys } from '$lib/quiz/split-keys';
import { sampleQuiz } from '$lib/quiz/test-support/sample-questions';
import { withAllKeys } from './fetch-keys';

// What the review deck's and an assignment's islands fetch before they start (ReviewWithKeys,
// AssignmentWithKeys): every quiz's keys, joined to the questions the page carries, or nothing —
// then the island tells the reader instead of starting.
const other = { ...sampleQuiz, module: '02-other' };
const [one, two] = [sampleQuiz, other].map(splitKeys);
const citation = { source: 's', quote: 'q', quoteLang: 'en' as const, paragraph: 1, publisher: 'P', short: 'S', date: '2025' };
const files: Record<string, unknown> = {
	'/one.json': { keys: one!.keys, citations: { a: citation } },
	'/two.json': { keys: two!.keys, citations: { b: citation } }
};
const views = [one!.views, two!.views];
const urls = ['/one.json', '/two.json'];

describe('withAllKeys', () => {
	afterEach(() => vi.unstubAllGlobals());
	const serve = (known: Record<string, unknown>) =>
		vi.stubGlobal('fetch', vi.fn(async (url: string) => (url in known ? new Response(JSON.stringify(known[url])) : new Response('', { status: 404 }))));

	it('gives every quiz whole, in the page’s order, and every citation', async () => {
		serve(files);
		expect(await withAllKeys(views, urls)).toEqual({ quizzes: [sampleQuiz, other], citations: { a: citation, b: citation } });
	});

	it('gives nothing when one quiz’s keys cannot be had, or do not fit its questions (a stale copy)', async () => {
		vi.spyOn(console, 'error').mockImplementation(() => {});
		serve({ '/one.json': files['/one.json'] });
		expect(await withAllKeys(views, urls)).toBeUndefined();
		serve({ '/one.json': files['/one.json'], '/two.json': { keys: {}, citations: {} } });
		expect(await withAllKeys(views, urls)).toBeUndefined();
	});
});
