// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isReexportOnly, islandChunks, islandsByModule, type ModuleFacts } from './chunking';

// A module graph as the bundler reports it: id → its code and static imports.
function graph(modules: Record<string, { code?: string; imports?: string[]; exports?: string[] }>) {
	return (id: string): ModuleFacts | null => {
		const m = modules[id];
		return m ? { code: m.code ?? `/* ${id} */ export const x = 1;`.padEnd(100), importedIds: m.imports ?? [], exports: m.exports ?? [] } : null;
	};
}

// Two islands and a page of SvelteKit's (never loaded): the page's imports must count for nothing.
const modules = {
	'island-a': { imports: ['a.svelte'] },
	'island-b': { imports: ['b.svelte'] },
	'island-c': { imports: ['c.svelte'] },
	'kit-page': { imports: ['lesson.svelte', 'messages.js'] },
	'a.svelte': { code: 'import { m } from "messages.js"; m.hello(); ' + 'a'.repeat(5000), imports: ['messages.js', 'shared.ts', 'ab.ts'] },
	'b.svelte': { code: 'import { m } from "messages.js"; m.bye(); ' + 'b'.repeat(5000), imports: ['messages.js', 'shared.ts', 'ab.ts', 'tiny-b.ts'] },
	'c.svelte': { code: 'c'.repeat(5000), imports: ['shared.ts'] },
	'shared.ts': { code: 's'.repeat(5000) },
	'ab.ts': { code: 'x'.repeat(5000) },
	'tiny-b.ts': { imports: ['tiny.ts'] },
	'tiny.ts': {},
	'lesson.svelte': { imports: ['shared.ts'] },
	'messages.js': { code: "/* eslint-disable */\nexport * from './_index.js'\nexport * as m from './_index.js'", imports: ['_index.js'] },
	'_index.js': { code: "export * from './hello.js'\nexport * from './bye.js'\nexport * from './lesson_only.js'", imports: ['hello.js', 'bye.js', 'lesson_only.js'] },
	'hello.js': { exports: ['hello'] },
	'bye.js': { exports: ['bye'] },
	'lesson_only.js': { exports: ['lesson_only'] }
};
const islands = { a: 'island-a', b: 'island-b', c: 'island-c' };

describe('islandsByModule', () => {
	const users = islandsByModule(graph(modules), islands);
	const of = (id: string) => [...(users.get(id) ?? [])].sort();

	it('counts each island whose first load imports a module, and no page of SvelteKit', () => {
		expect(of('shared.ts')).toEqual(['a', 'b', 'c']);
		expect(of('ab.ts')).toEqual(['a', 'b']);
		expect(of('tiny.ts')).toEqual(['b']);
		expect(of('lesson.svelte')).toEqual([]);
	});

	it('counts a message for the islands that name it, not for every importer of the index', () => {
		expect(of('hello.js')).toEqual(['a']);
		expect(of('bye.js')).toEqual(['b']);
		expect(of('lesson_only.js')).toEqual([]);
	});
});

describe('islandChunks', () => {
	it('puts together what the same islands load, and leaves one island’s own modules to its entry', () => {
		const chunks = islandChunks(graph(modules), { islands, minSize: 0 });
		expect(chunks.get('shared.ts')).toBe('islands-common');
		expect(chunks.get('ab.ts')).toBe('islands-a+b');
		expect(chunks.has('tiny.ts')).toBe(false);
		expect(chunks.has('hello.js')).toBe(false);
		expect(chunks.has('lesson.svelte')).toBe(false);
	});

	it('merges a group below the size into the group of the fewest islands that contains its islands', () => {
		const big = 'z'.repeat(5000);
		const four = graph({
			a: { imports: ['shared.ts', 'abd.ts', 'ab-small.ts', 'ac-small.ts'] },
			b: { imports: ['shared.ts', 'abd.ts', 'ab-small.ts'] },
			c: { imports: ['shared.ts', 'ac-small.ts'] },
			d: { imports: ['shared.ts', 'abd.ts'] },
			'shared.ts': { code: big },
			'abd.ts': { code: big },
			'ab-small.ts': { code: 'y'.repeat(100) },
			'ac-small.ts': { code: 'y'.repeat(100) }
		});
		const islands = { a: 'a', b: 'b', c: 'c', d: 'd' };
		const chunks = islandChunks(four, { islands, minSize: 1000 });
		// a and b load abd.ts's chunk anyway: only d pays for ab-small's bytes
		expect(chunks.get('ab-small.ts')).toBe('islands-a+b+d');
		expect(chunks.get('abd.ts')).toBe('islands-a+b+d');
		// no group but the common one holds both a and c
		expect(chunks.get('ac-small.ts')).toBe('islands-common');
		expect(chunks.get('shared.ts')).toBe('islands-common');
		// above the size, each stays with its own islands
		const apart = islandChunks(four, { islands, minSize: 50 });
		expect(apart.get('ab-small.ts')).toBe('islands-a+b');
		expect(apart.get('ac-small.ts')).toBe('islands-a+c');
	});
});

describe('isReexportOnly', () => {
	it('knows an index of re-exports from a module with code of its own', () => {
		expect(isReexportOnly("/* eslint-disable */\nexport * from './a.js'\nexport * as m from './b.js';\nexport { c, d as e } from \"./c.js\"")).toBe(true);
		expect(isReexportOnly("export * from './a.js'\nexport const b = 1;")).toBe(false);
		expect(isReexportOnly("import { a } from './a.js';\nexport { a };")).toBe(false);
		expect(isReexportOnly('')).toBe(false);
		expect(isReexportOnly(null)).toBe(false);
	});
});
