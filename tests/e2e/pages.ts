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

/**
 * The pages axe runs on. axe takes 5–20 s a page on a CI machine; on all 130 pages it was half of the
 * 30-minute CI budget. Every page whose markup is its own — home, module, quiz, print, glossary,
 * teacher and learner pages — in both languages; of the pages made from
 * one template with changing text, one step of each module (the last) and two source pages per language.
 * No content is left out: a module's print page holds the text, citations, panels and pictures of
 * all its steps, and the step's own furniture (contents, checks, Continue) is the same on every step.
 * The teacher packs (/<lang>/teach/<module>/, its worksheet and key: 24 pages from three templates)
 * are left to teacher-pack.e2e.ts, which runs axe on two packs (modules 1 and 4: the pack, the
 * worksheet and the key in turn) as a teacher opens them.
 */
export const axePages: string[] = (() => {
	const isStep = (p: string) => /^\/(fr|en)\/modules\/[^/]+\/(?!quiz\/|print\/)[^/]+\/$/.test(p);
	// a source's page (the card "How to read a source" is a page of its own: axe runs on it)
	const isSource = (p: string) => /^\/(fr|en)\/sources\/(?!how-to-read\/)[^/]+\/$/.test(p);
	const isPack = (p: string) => /^\/(fr|en)\/teach\/\d+-[^/]+\//.test(p);
	const oneStepOfEachModule = [...new Map(allPages.filter(isStep).map((p) => [p.split('/').slice(0, 4).join('/'), p])).values()];
	const sources = (lang: string) => allPages.filter((p) => isSource(p) && p.startsWith(`/${lang}/`));
	const sampledSources = ['fr', 'en'].flatMap((lang) => [sources(lang)[0], sources(lang).at(-1)!]);
	return [...allPages.filter((p) => p !== '/' && !isStep(p) && !isSource(p) && !isPack(p)), ...oneStepOfEachModule, ...sampledSources].sort();
})();
