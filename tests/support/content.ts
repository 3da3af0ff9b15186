// The site's content for the browser tests, read by the site's own loaders (src/lib/content): the
// content index, the navigator, the lessons' steps — validated as the build validates them. Those
// loaders read lessons/ through import.meta.glob, which Playwright cannot run; Vite's module runner
// can, as scripts/run.ts runs the scripts (no vite.config: no Paraglide compile, nothing written).
// About 2 s the first time in a worker: call it inside a test or a hook, not when the spec loads
// (Playwright loads every spec to list its tests). quiz-file.ts stays for the specs that need a
// module's quiz as they load (its parser is the site's too).
import { join } from 'node:path';
import { runnerImport } from 'vite';

const ROOT = join(import.meta.dirname, '../..');

type Loaders = {
	index: typeof import('../../src/lib/content/index');
	navigator: typeof import('../../src/lib/content/navigator');
};

const loaded = new Map<keyof Loaders, Promise<unknown>>();

/** One of the site's content loaders (src/lib/content/<name>.ts), loaded once per worker. */
export function siteContent<Name extends keyof Loaders>(name: Name): Promise<Loaders[Name]> {
	if (!loaded.has(name)) {
		loaded.set(
			name,
			runnerImport<Loaders[Name]>(join(ROOT, `src/lib/content/${name}.ts`), {
				root: ROOT,
				logLevel: 'warn',
				resolve: { alias: { $lib: join(ROOT, 'src/lib') } }
			}).then((result) => result.module)
		);
	}
	return loaded.get(name) as Promise<Loaders[Name]>;
}
