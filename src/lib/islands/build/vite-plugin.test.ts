// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { COMPILE_HINT, islandsPlugin, readRegistry } from './vite-plugin';

type Bundle = Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string }>;

// Calls the plugin's hooks the way Vite does: `config` first, then `generateBundle` on the output.
function run(ssr: boolean, bundle: Bundle): Bundle {
	const plugin: Plugin = islandsPlugin();
	(plugin.config as (config: object, env: object) => unknown)({ root: process.cwd(), build: { ssr } }, { command: 'build' });
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

describe('the client build', () => {
	it('gets one module per island of the registry, and the enhance module', () => {
		const plugin: Plugin = islandsPlugin();
		const config = (plugin.config as (config: object, env: object) => { build: { rolldownOptions: { input: Record<string, string> } } })(
			{ root: process.cwd(), build: { ssr: false } },
			{ command: 'build' }
		);
		expect(config.build.rolldownOptions.input).toMatchObject({
			'islands/quiz': 'virtual:icc/islands/quiz',
			'islands/due-today': 'virtual:icc/islands/due-today',
			enhance: 'virtual:icc/enhance'
		});
	});
});

describe('readRegistry', () => {
	it('reads one `name: Component,` a line, and refuses what it cannot read', () => {
		const source = "import A from '$lib/a/A.svelte';\nimport B from './B.svelte';\n\nexport const islands = {\n\ta: A,\n\t'b-c': B\n} satisfies X;\n";
		expect(readRegistry(source)).toEqual({ a: '$lib/a/A.svelte', 'b-c': './B.svelte' });
		expect(() => readRegistry(source.replace('\ta: A,', '\ta: A, b: B,'))).toThrow(/cannot read/);
		expect(() => readRegistry(source.replace("import A from '$lib/a/A.svelte';", ''))).toThrow(/cannot read/);
		expect(() => readRegistry('export const others = {};')).toThrow(/no `export const islands/);
	});
});
