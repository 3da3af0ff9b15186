// Every prerendered page of build/, as a URL path: the e2e tests walk them all.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const buildDir = join(import.meta.dirname, '../..', process.env.BUILD_DIR ?? 'build');

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : walk(path);
		return entry.name === 'index.html' ? [path] : [];
	});
}

export const allPages: string[] = walk(buildDir)
	.map((file) => '/' + relative(buildDir, file).split(sep).slice(0, -1).join('/'))
	.map((path) => (path === '/' ? '/' : `${path}/`))
	.sort();
