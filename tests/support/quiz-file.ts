// For the Playwright specs that need a module's quiz as they load (synchronously, outside Vite: no
// import.meta.glob, so not the content index, which content.ts loads in a test or hook): a module's
// quiz read from lessons/ with the site's own YAML reader and quiz parser (readYaml, parseQuiz: the
// same validation and error format as the build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuiz } from '../../src/lib/content/quiz-schema';
import { readYaml } from '../../src/lib/content/validate';
import type { Quiz } from '../../src/lib/quiz/types';

const ROOT = join(import.meta.dirname, '../..');

export function quizFile(module: string): Quiz {
	const file = `lessons/${module}/quiz.yaml`;
	return parseQuiz(readYaml(readFileSync(join(ROOT, file), 'utf8'), file), file);
}

/** The questions of a module's file beside its quiz (cases.yaml, checks.yaml), as the build reads them (parseQuiz). */
function questionsFile(module: string, name: 'cases' | 'checks'): Quiz['questions'] {
	const file = `lessons/${module}/${name}.yaml`;
	const raw = readYaml(readFileSync(join(ROOT, file), 'utf8'), file) as { module: string; questions: unknown[] };
	return parseQuiz({ module: raw.module, passMark: 1, questions: raw.questions }, file).questions;
}

/** A module's graded cases (lessons/<module>/cases.yaml). */
export const casesFile = (module: string) => questionsFile(module, 'cases');

/** A module's checks as you read (lessons/<module>/checks.yaml). */
export const checksFile = (module: string) => questionsFile(module, 'checks');
