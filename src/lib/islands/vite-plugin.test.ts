// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { COMPILE_HINT, islands } from './vite-plugin';

type Bundle = Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string }>;

// Calls the plugin's hooks the way Vite does: `config` first, then `generateBundle` on the output.
function run(ssr: boolean, bundle: Bundle): Bundle {
	const plugin: Plugin = islands();
	(plugin.config as (config: object) => unknown)({ root: process.cwd(), build: { ssr } });
	const hook = plugin.generateBundle as { handler: (options: object, bundle: Bundle) => void };
	hook.handler({}, bundle);
	return bundle;
}

describe('the compile hint', () => {
	it('opens every chunk of the client build, once, before a line Vite put first', () => {
		const bundle = run(false, {
			'a.js': { type: 'chunk', code: 'const __vite__mapDeps=(i)=>i;\nimport"./b.js";' },
			'b.js': { type: 'chunk', code: COMPILE_HINT + 'export const b=1;' },
			'c.css': { type: 'asset', source: 'p{}' }
		});
		expect(bundle['a.js']).toEqual({ type: 'chunk', code: COMPILE_HINT + 'const __vite__mapDeps=(i)=>i;\nimport"./b.js";' });
		expect(bundle['b.js']).toEqual({ type: 'chunk', code: COMPILE_HINT + 'export const b=1;' });
		expect(bundle['c.css']).toEqual({ type: 'asset', source: 'p{}' });
	});

	it('leaves the server build alone (it never reaches a browser)', () => {
		const bundle = run(true, { 'a.js': { type: 'chunk', code: 'export const a=1;' } });
		expect(bundle['a.js']).toEqual({ type: 'chunk', code: 'export const a=1;' });
	});

	it('is the comment V8 reads as "compile every function of this file now"', () => {
		expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
	});
});
