// The content files, read once and raw by Vite (import.meta.glob, at build time; scripts run
// through Vite's module runner, scripts/run.ts, and tests through Vitest, so they read the same).
// This is the only reader of lessons/ and sources/: every loader of src/lib/content takes its
// texts from here, by repository path ("lessons/01-jurisdiction/quiz.yaml").
const globbed = import.meta.glob(
	['/lessons/*/*.{md,yaml}', '/lessons/*.yaml', '/lessons/*/steps/*/*.md', '/sources/catalog.yaml', '/sources/{documents,primary}/*.{txt,md}'],
	{ query: '?raw', import: 'default', eager: true }
) as Record<string, string>;

export const contentFiles: Readonly<Record<string, string>> = Object.fromEntries(
	Object.entries(globbed).map(([path, text]) => [path.slice(1), text])
);

/** The text of a content file, or undefined when there is none. */
export function contentFile(file: string): string | undefined {
	return contentFiles[file];
}

/** A module folder: `lessons/<NN>-<slug>/`, its place in the site read from the number. */
export type ModuleFolder = { slug: string; order: number };

/**
 * Every module folder, in the site's order: the number before the first "-" (01-jurisdiction is
 * module 1). A folder named otherwise fails the build, naming it.
 */
export function moduleFolders(files: Readonly<Record<string, string>> = contentFiles): ModuleFolder[] {
	const slugs = new Set(
		Object.keys(files).flatMap((file) => /^lessons\/([^/]+)\/[^/]+$/.exec(file)?.[1] ?? [])
	);
	const folders = [...slugs].map((slug) => {
		const number = /^(\d+)-[a-z0-9-]+$/.exec(slug)?.[1];
		if (number === undefined || Number(number) < 1) {
			throw new Error(`lessons/${slug}: a module folder is named <number>-<slug>, e.g. 05-reparations (the number is its place in the site)`);
		}
		return { slug, order: Number(number) };
	});
	const sorted = folders.sort((a, b) => a.order - b.order);
	sorted.forEach((folder, index) => {
		if (index > 0 && sorted[index - 1].order === folder.order) {
			throw new Error(`lessons/${folder.slug}: number ${folder.order} is also lessons/${sorted[index - 1].slug}'s`);
		}
	});
	return sorted;
}
