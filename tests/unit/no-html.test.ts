import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// No string is ever rendered as HTML: {@html} is banned from components, pages and lessons, so
// names from receipts, imported files or search excerpts can only ever be shown as text.
const root = join(import.meta.dirname, '../..');
function files(dir: string): string[] {
	return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'paraglide' ? [] : files(path);
		return /\.(svelte|md|ts)$/.test(e.name) ? [path] : [];
	});
}

describe('no raw HTML rendering', () => {
	const checked = [...files('src'), ...files('lessons')];

	it('checks the sources of the site', () => {
		expect(checked.length).toBeGreaterThan(20);
	});

	it.each(checked.filter((f) => !f.endsWith('no-html.test.ts')))('%s has no {@html}', (file) => {
		expect(readFileSync(join(root, file), 'utf8')).not.toMatch(/\{@html\b/);
	});

	it('has no innerHTML or insertAdjacentHTML in the app code either', () => {
		for (const file of checked.filter((f) => f.startsWith('src') && !f.endsWith('.test.ts') && !f.includes('/export/'))) {
			expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/);
		}
	});
});
