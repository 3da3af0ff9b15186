import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from './fetch-json';

describe('fetchJson', () => {
	afterEach(() => vi.unstubAllGlobals());
	const serve = (response: () => Promise<Response>) => vi.stubGlobal('fetch', vi.fn(response));

	it('gives the file\'s JSON', async () => {
		serve(async () => new Response('{"keys":[1]}', { status: 200 }));
		expect(await fetchJson<{ keys: number[] }>('/x.json')).toEqual({ keys: [1] });
	});

	it('gives undefined, never throws, for a missing file, a network failure or a file that is not JSON', async () => {
		const said = vi.spyOn(console, 'error').mockImplementation(() => {});
		serve(async () => new Response('not found', { status: 404 }));
		expect(await fetchJson('/x.json')).toBeUndefined();
		serve(() => Promise.reject(new TypeError('Failed to fetch')));
		expect(await fetchJson('/x.json')).toBeUndefined();
		serve(async () => new Response('<html>', { status: 200 }));
		expect(await fetchJson('/x.json')).toBeUndefined();
		// and the console says which file
		expect(said.mock.calls.map((call) => String(call[0]))).toEqual(['/x.json: 404 ', '/x.json could not be loaded', '/x.json could not be loaded']);
		said.mockRestore();
	});
});
