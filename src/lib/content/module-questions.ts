// A module's file of extra questions beside its quiz — checks.yaml (checks as you read) and
// cases.yaml (the navigator's graded cases) — read one way: `module` and `questions` only, `module`
// the folder's name; the questions a quiz's (quiz-schema.ts: same schema, same conversion); ids
// that say what they are and are not taken; the lesson's objectives only; every citation verbatim
// in its source in both page languages; evidence passages and compared accounts verbatim (evidence.ts). Throws listing every problem, one per line, naming the file.
import * as v from 'valibot';
import { locales } from '$lib/i18n';
import type { Question } from '$lib/quiz/types';
import { resolveAll } from './citations';
import { linkPassagesToSources } from './evidence';
import { parseQuiz } from './quiz-schema';
import { fail, issueProblems, problemLine } from './validate';

const fileSchema = v.strictObject({
	module: v.string('must be the module folder name'),
	questions: v.pipe(v.array(v.unknown()), v.minLength(1, 'needs at least one question'))
});

export type ModuleQuestionsRules = {
	/** the ids this file's questions must have, and how to say it: "a check id reads …" */
	id: { pattern: RegExp; hint: string };
	/** objective ids of the module's lesson */
	objectives: readonly string[];
	/** question ids already taken, with where ("lessons/02-cyber/quiz.yaml") */
	taken: ReadonlyMap<string, string>;
	/** what else a question of this file must be (its problems, or none) */
	extra?: (question: Question) => { path: string; message: string }[];
};

export function parseModuleQuestions(raw: unknown, file: string, rules: ModuleQuestionsRules): { module: string; questions: Question[] } {
	const top = v.safeParse(fileSchema, raw);
	if (!top.success) fail(file, issueProblems(top.issues).map((problem) => problemLine('', problem)));
	const name = file.split('/').at(-1);
	const folder = new RegExp(`(?:^|/)lessons/([^/]+)/${name?.replace('.', '\\.')}$`).exec(file)?.[1];
	const lines: string[] = [];
	if (folder !== undefined && folder !== top.output.module) {
		lines.push(problemLine('', { path: 'module', message: `"${top.output.module}" differs from the folder "${folder}"` }));
	}
	// a pass mark only because parseQuiz asks for one: these questions have none, it is dropped
	const parsed = parseQuiz({ module: top.output.module, passMark: 1, questions: top.output.questions }, file);
	// an evidence passage's sentences, and the accounts a comparison sets side by side, checked
	// against their sources and given their origin, as in a quiz (evidence.ts)
	const questions = linkPassagesToSources(parsed.questions, file);
	for (const question of questions) {
		const { id, objectives } = question.view;
		const where = `question "${id}"`;
		if (!rules.id.pattern.test(id)) lines.push(problemLine(where, { path: 'id', message: rules.id.hint }));
		const other = rules.taken.get(id);
		if (other !== undefined) lines.push(problemLine(where, { path: 'id', message: `"${id}" is already a question id in ${other}` }));
		for (const problem of rules.extra?.(question) ?? []) lines.push(problemLine(where, problem));
		objectives.forEach((objective, index) => {
			if (!rules.objectives.includes(objective)) {
				lines.push(
					problemLine(where, {
						path: `objectives[${index}]`,
						message: `"${objective}" is not an objective of the module's lesson (${rules.objectives.join(', ')})`
					})
				);
			}
		});
		for (const lang of locales) {
			try {
				resolveAll(question.key.citations, lang, where);
			} catch (error) {
				lines.push(`${(error as Error).message} (on the ${lang} pages)`);
			}
		}
	}
	if (lines.length > 0) fail(file, lines);
	return { module: top.output.module, questions };
}
