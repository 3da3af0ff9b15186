// npm run export: for every module that has a quiz.yaml, and each language, writes to
// exports/<module>/<lang>/:
//   <module>-<lang>-scorm12.zip   the SCORM 1.2 package (lesson + quiz, reports to the LMS)
//   <module>-<lang>.gift.txt      the question bank in Moodle GIFT
//   <module>-<lang>.moodle.xml    the question bank in Moodle XML
//   <module>-<lang>.qti.zip       the question bank in QTI 1.2, Canvas's flavour
//   <module>-<lang>-cc11.imscc    IMS Common Cartridge 1.1 (Moodle): a web link to the lesson + the bank
//   <module>-<lang>-cc13.imscc    IMS Common Cartridge 1.3 (Canvas, Brightspace), the same
//   <module>-<lang>.blackboard.txt  Blackboard's tab-delimited "Upload Questions" file
//   <module>-<lang>.brightspace.csv Brightspace's question-library CSV
// The lessons are read from the built site (build/<lang>/modules/<module>/index.html): run
// `npm run build` first. See src/lib/export/README.md for what each file holds.
//
//   node scripts/run.ts scripts/export.ts [--out DIR] [--build DIR] [--module 02-cyber]… [--lang fr|en]
//
// It runs through Vite's module runner (scripts/run.ts), so the quizzes and the sources come from
// the site's own content loaders (src/lib/content: read and validated once, as for the site).
// This file holds everything that needs Node (files, Vite); the generators in src/lib/export are
// pure and also run in a browser.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { modules as allModules } from '$lib/content/lessons';
import { bankOf, quizOf } from '$lib/content/quizzes';
import { sourceIndex } from '$lib/content/sources';
import { buildCommonCartridge, ccFileName, lessonUrl } from '$lib/export/cc';
import { blackboardFileName, toBlackboard } from '$lib/export/blackboard';
import { brightspaceFileName, toBrightspace } from '$lib/export/brightspace';
import { buildQtiPackage, buildScormPackage, giftFileName, moodleXmlFileName, qtiFileName, scormFileName, toGift, toMoodleXml } from '$lib/export/index';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['fr', 'en'] as const;
type Lang = (typeof LANGS)[number];

class ExportError extends Error {}

function fail(message: string): never {
	throw new ExportError(message);
}

const { values: args } = parseArgs({
	options: {
		out: { type: 'string', default: 'exports' },
		build: { type: 'string', default: 'build' },
		// the site's public origin, for the cartridges' web links (as the build's SITE_ORIGIN)
		'site-origin': { type: 'string', default: process.env.SITE_ORIGIN ?? 'http://localhost:4173' },
		module: { type: 'string', multiple: true },
		lang: { type: 'string', multiple: true },
		help: { type: 'boolean', short: 'h' }
	}
});

if (args.help) {
	console.log('Usage: node scripts/run.ts scripts/export.ts [--out DIR] [--build DIR] [--module ID]… [--lang fr|en]…');
	process.exit(0);
}

/**
 * Bundles the SCORM runtime (quiz.js): the site's Svelte quiz runner mounted by
 * src/lib/export/scorm/runtime/svelte-main.ts, with the graders, the credit rules and the Paraglide
 * messages, into one self-contained script (IIFE: a package is opened from the LMS's files, with no
 * module loader and no network beyond its own files), and the components' styles into one
 * stylesheet that the page inlines.
 *
 * One bundle per language, to keep quiz.js small (measured on 01-jurisdiction, en: 183 KB with
 * both languages and the site's device store, 128 KB without; the old plain-DOM runtime was 35 KB):
 * - Paraglide's `experimentalStaticLocale` is set to the language, so each message keeps that
 *   language's text only (the other branch is dead code and goes);
 * - QuizRunner's default store (device-store.ts: localStorage, the progress record, the review
 *   deck's scheduler) is replaced by a stub: the package always passes its suspend_data store.
 */
async function bundleRuntime(lang: Lang): Promise<{ js: string; css: string }> {
	const { build } = await import('vite');
	const { svelte, vitePreprocess } = await import('@sveltejs/vite-plugin-svelte');
	const { paraglideVitePlugin } = await import('@inlang/paraglide-js');
	const output = await build({
		configFile: false,
		root: ROOT,
		logLevel: 'warn',
		publicDir: false,
		resolve: { alias: { $lib: join(ROOT, 'src/lib') } },
		plugins: [
			{
				name: 'icc-scorm-bundle',
				enforce: 'pre',
				resolveId(source: string) {
					return /(^|[/\\])device-store(\.ts)?$/.test(source) ? join(ROOT, 'src/lib/export/scorm/runtime/no-device-store.ts') : null;
				},
				transform(code: string, id: string) {
					if (!/paraglide[/\\]runtime\.js$/.test(id)) return null;
					const fixed = code.replace('export const experimentalStaticLocale = undefined;', `export const experimentalStaticLocale = ${JSON.stringify(lang)};`);
					return fixed === code ? fail('Paraglide runtime: experimentalStaticLocale not found (a new version of Paraglide?)') : fixed;
				}
			},
			// the site's messages (src/lib/paraglide, compiled from messages/*.json as the site's build does)
			paraglideVitePlugin({ project: join(ROOT, 'project.inlang'), outdir: join(ROOT, 'src/lib/paraglide'), strategy: ['url', 'baseLocale'] }),
			// the components as the site compiles them (runes), without SvelteKit
			svelte({ configFile: false, preprocess: [vitePreprocess()], compilerOptions: { runes: true } })
		],
		build: {
			write: false,
			emptyOutDir: false,
			copyPublicDir: false,
			minify: true,
			sourcemap: false,
			target: 'es2022',
			cssCodeSplit: false,
			lib: {
				entry: join(ROOT, 'src/lib/export/scorm/runtime/svelte-main.ts'),
				formats: ['iife'],
				name: 'IccScormQuiz',
				fileName: () => 'quiz.js',
				cssFileName: 'quiz'
			}
		}
	});
	const results = Array.isArray(output) ? output : [output];
	let js = '';
	let css = '';
	for (const result of results) {
		if (!('output' in result)) continue;
		for (const chunk of result.output) {
			if (chunk.type === 'chunk' && chunk.isEntry) js = chunk.code;
			else if (chunk.type === 'asset' && chunk.fileName.endsWith('.css')) css += String(chunk.source);
		}
	}
	return js ? { js, css } : fail('Vite produced no bundle for the SCORM runtime.');
}

async function main(): Promise<void> {
	const buildDir = resolve(ROOT, args.build ?? 'build');
	if (!existsSync(buildDir) || !statSync(buildDir).isDirectory()) {
		fail(`${relative(ROOT, buildDir) || buildDir}/ is missing: run \`npm run build\` first (the SCORM packages take the lessons from the built site).`);
	}
	const langs = (args.lang ?? [...LANGS]).map((lang) => {
		if (!(LANGS as readonly string[]).includes(lang)) fail(`--lang ${lang}: must be fr or en.`);
		return lang as Lang;
	});
	const slugs = allModules.map((module) => module.slug);
	const wanted = args.module ?? slugs;
	for (const module of wanted) if (!slugs.includes(module)) fail(`--module ${module}: no folder lessons/${module}.`);
	const quizzes = wanted.flatMap((module) => {
		const quiz = quizOf(module);
		if (!quiz) console.log(`${module}: no quiz.yaml yet, skipped.`);
		return quiz ? [quiz] : [];
	});
	const sources = sourceIndex();
	const origin = args['site-origin'] ?? 'http://localhost:4173';
	if (origin === 'http://localhost:4173') console.log('export: no SITE_ORIGIN (or --site-origin): the cartridges\' web links point to http://localhost:4173');

	const runtimes = new Map<Lang, { js: string; css: string }>();
	for (const lang of langs) runtimes.set(lang, await bundleRuntime(lang));
	const outDir = resolve(ROOT, args.out ?? 'exports');
	const written: string[] = [];
	for (const quiz of quizzes) {
		const { module } = quiz;
		for (const lang of langs) {
			// the whole lesson, every step in order, is on the module's print page
			const page = join(buildDir, lang, 'modules', module, 'print', 'index.html');
			if (!existsSync(page)) {
				fail(`${relative(ROOT, page)} is missing: run \`npm run build\` again (the build predates module ${module}?).`);
			}
			const dir = join(outDir, module, lang);
			mkdirSync(dir, { recursive: true });
			const runtime = runtimes.get(lang) ?? fail(`no runtime bundled for ${lang}`);
			// the SCORM package is the module's quiz; the question banks (GIFT, Moodle XML) also hold
			// its graded cases (issue 23), each decision an ordinary question
			const bank = bankOf(module) ?? quiz;
			const scorm = buildScormPackage({ quiz, lang, lessonPageHtml: readFileSync(page, 'utf8'), runtimeJs: runtime.js, runtimeCss: runtime.css, sources });
			const outputs: [string, string | Uint8Array][] = [
				[scormFileName(module, lang), scorm.zip],
				[giftFileName(module, lang), toGift(bank, lang, { sources })],
				[moodleXmlFileName(module, lang), toMoodleXml(bank, lang, { sources })],
				[qtiFileName(module, lang), buildQtiPackage(bank, lang, { sources }).zip],
				...(['1.1', '1.3'] as const).map((version): [string, Uint8Array] => [
					ccFileName(module, lang, version),
					buildCommonCartridge({ quiz: bank, lang, version, title: scorm.title, url: lessonUrl(origin, module, lang), sources }).zip
				]),
				[blackboardFileName(module, lang), toBlackboard(bank, lang, { sources })],
				[brightspaceFileName(module, lang), toBrightspace(bank, lang, { sources })]
			];
			for (const [name, content] of outputs) {
				writeFileSync(join(dir, name), content);
				written.push(relative(ROOT, join(dir, name)));
			}
		}
	}
	console.log(`Wrote ${written.length} files:\n${written.map((path) => `  ${path}`).join('\n')}`);
}

try {
	await main();
} catch (error) {
	if (error instanceof ExportError) {
		console.error(`export: ${error.message}`);
		process.exit(1);
	}
	throw error;
}
