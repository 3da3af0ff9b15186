// For the export tests: every module's quiz (lessons/*/quiz.yaml; modules without one are skipped)
// and the source catalog, read from the repository with Node's fs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseQuiz } from '../content/quiz-schema';
import type { Locale, Quiz } from '../quiz/types';
import type { SourceIndex } from './sources';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const LANGS: Locale[] = ['fr', 'en'];

export function allQuizzes(): Quiz[] {
	const lessons = join(ROOT, 'lessons');
	return readdirSync(lessons, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(lessons, entry.name, 'quiz.yaml')))
		.map((entry) => entry.name)
		.sort()
		.map((module) => {
			const file = `lessons/${module}/quiz.yaml`;
			return parseQuiz(parse(readFileSync(join(ROOT, file), 'utf8')), file);
		});
}

export function sourceIndex(): SourceIndex {
	const catalog = parse(readFileSync(join(ROOT, 'sources/catalog.yaml'), 'utf8')) as {
		sources: { id: string; title: string; publisher?: string; date?: string; language?: Locale; url?: string | null }[];
	};
	return Object.fromEntries(catalog.sources.map(({ id, title, publisher, date, language, url }) => [id, { title, publisher, date, language, url }]));
}

/** Every (quiz, language) pair, for test.each. */
export function quizzesByLanguage(): [string, Locale, Quiz][] {
	return allQuizzes().flatMap((quiz) => LANGS.map((lang): [string, Locale, Quiz] => [quiz.module, lang, quiz]));
}
