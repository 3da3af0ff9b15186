// A SCORM 1.2 package (a zip) for one module in one language: imsmanifest.xml, index.html (the
// lesson and the quiz) and quiz.js (the runtime: rendering, the site's graders, the LMS calls).
// Pure: fflate zips in memory, so this runs in Node (npm run export) and in a browser alike.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Locale, Quiz } from '../../quiz/types';
import type { SourceIndex } from '../sources';
import { scoData } from './data';
import { extractLesson } from './lesson-html';
import { scormManifest } from './manifest';
import { RUNTIME_FILE, scormPage } from './page';
import { masteryScore } from './score';

export type ScormPackageInput = {
	quiz: Quiz;
	lang: Locale;
	/** the prerendered lesson page: build/<lang>/modules/<module>/index.html */
	lessonPageHtml: string;
	/** the bundled runtime (quiz.js): see README.md, "The runtime" */
	runtimeJs: string;
	/** the runtime's stylesheet (the quiz components' styles), inlined in index.html */
	runtimeCss?: string;
	/** metadata of the sources the citations name (sources/catalog.yaml) */
	sources?: SourceIndex;
	/** zip entries' date (default 2025-01-01, so that the same input gives the same bytes) */
	date?: Date;
};

export type ScormPackage = {
	/** the zip file */
	zip: Uint8Array;
	/** its files, by path, for tests and previews */
	files: Record<string, string>;
	title: string;
};

export function scormFileName(module: string, lang: Locale): string {
	return `${module}-${lang}-scorm12.zip`;
}

export function buildScormPackage(input: ScormPackageInput): ScormPackage {
	const { quiz, lang } = input;
	const lesson = extractLesson(input.lessonPageHtml);
	const title = lesson.title || quiz.module;
	const data = scoData(quiz, lang, title, input.sources);
	const content: Record<string, string> = {
		'index.html': scormPage({ data, lessonHtml: lesson.html, runtimeCss: input.runtimeCss }),
		[RUNTIME_FILE]: input.runtimeJs
	};
	const files: Record<string, string> = {
		'imsmanifest.xml': scormManifest({
			identifier: `icc-${quiz.module}-${lang}`,
			title,
			href: 'index.html',
			files: Object.keys(content),
			masteryScore: masteryScore(quiz.passMark)
		}),
		...content
	};
	const mtime = input.date ?? new Date('2025-01-01T00:00:00Z');
	const zippable: Zippable = Object.fromEntries(
		Object.entries(files).map(([path, text]) => [path, [strToU8(text), { mtime }]])
	);
	return { zip: zipSync(zippable, { level: 9 }), files, title };
}
