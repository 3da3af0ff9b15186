import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { islands } from './registry';
import { readRegistry, REGISTRY } from './build/vite-plugin';

const ROOT = path.join(import.meta.dirname, '../../..');
const registry = readRegistry(readFileSync(path.join(ROOT, REGISTRY), 'utf8'));

// The build reads registry.ts as text (build/vite-plugin.ts) to write each island's module; the pages
// use it as TypeScript. Both must see the same islands, with the same components.
describe('the island registry', () => {
	it('is read by the build as TypeScript sees it', async () => {
		expect(Object.keys(registry).sort()).toEqual(Object.keys(islands).sort());
		for (const [name, from] of Object.entries(registry)) {
			const component = (await import(/* @vite-ignore */ from)).default;
			expect(component, name).toBe(islands[name as keyof typeof islands]);
		}
	});
});

// An island runs in a page without SvelteKit's client: `$app/*` (page state, navigation…) is not
// there. Every module an island's component imports, and what those import, is read for it.
function imports(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	return [...source.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]/g)].map(
		(match) => match[1] ?? match[2]
	);
}

function resolve(specifier: string, importer: string): string | undefined {
	const base = specifier.startsWith('$lib/')
		? path.join(ROOT, 'src/lib', specifier.slice(5))
		: specifier.startsWith('.')
			? path.join(path.dirname(importer), specifier)
			: undefined; // a package: not ours to read
	if (!base) return undefined;
	for (const file of [base, `${base}.ts`, `${base}.js`, base.replace(/\.js$/, '.ts'), path.join(base, 'index.ts'), path.join(base, 'index.js')]) {
		try {
			readFileSync(file);
			return file;
		} catch {
			// not this one
		}
	}
	throw new Error(`${importer}: cannot find ${specifier}`);
}

/** `$app/*` imports reachable from `file`, each as "importer → specifier". */
export function appImports(file: string, seen = new Set<string>()): string[] {
	if (seen.has(file)) return [];
	seen.add(file);
	return imports(file).flatMap((specifier) => {
		if (specifier.startsWith('$app/')) return [`${path.relative(ROOT, file)} → ${specifier}`];
		const next = resolve(specifier, file);
		return next ? appImports(next, seen) : [];
	});
}

describe('an island', () => {
	it.each(Object.entries(registry))('%s imports nothing of $app/*, however indirectly', (_name, from) => {
		expect(appImports(resolve(from, ROOT)!)).toEqual([]);
	});

	it('is told apart from a component that does import $app/*', () => {
		expect(appImports(path.join(ROOT, 'src/lib/components/SiteHeader.svelte'))).not.toEqual([]);
	});
});
