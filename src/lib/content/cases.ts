// The graded cases of the navigator "Can the Court act?" (issue 23): lessons/<module>/cases.yaml.
// Same question schema as quiz.yaml (quiz-schema.ts), `case` questions only: a learner walks each
// case decision by decision, in the navigator's order (crime, time, link, trigger, person,
// admissibility). They are a module's questions like its quiz's — saved, counted in progress,
// scheduled for review, assignable — but taken on the navigator's cases page, not in the quiz.
//
// Checked when read; a mistake fails the build naming the file:
// - the file's shape (`module` and `questions` only, `module` the folder's name);
// - each question as in a quiz (`parseQuiz`), and of type `case`;
// - ids `<prefix>-case-<words>`, none already a question of the module's quiz;
// - objectives: the module's lesson objectives only;
// - every citation verbatim in its source, in both page languages (citations.ts).
import * as v from 'valibot';
import { locales } from '$lib/i18n';
import type { Question } from '$lib/quiz/types';
import { resolveAll } from './citations';
import { parseQuiz } from './quiz-schema';
import { fail, issueProblems, problemLine } from './validate';

const casesFileSchema = v.strictObject({
	module: v.string('must be the module folder name'),
	questions: v.pipe(v.array(v.unknown()), v.minLength(1, 'needs at least one case'))
});

/** `<letters or digits>-case-…`: a case's id says it is one. */
const CASE_ID = /^[a-z0-9]+-case-[a-z0-9-]+$/;

/**
 * Checks one cases.yaml (already parsed from YAML) and converts its questions to the quiz model.
 * Throws listing every problem, one per line.
 */
export function parseCases(
	raw: unknown,
	file: string,
	context: {
		/** the question ids of the module's quiz */
		taken: ReadonlySet<string>;
		/** objective ids of the module's lesson */
		objectives: readonly string[];
	}
): Question[] {
	const { taken, objectives } = context;
	const top = v.safeParse(casesFileSchema, raw);
	if (!top.success) fail(file, issueProblems(top.issues).map((problem) => problemLine('', problem)));
	const folder = /(?:^|\/)lessons\/([^/]+)\/cases\.yaml$/.exec(file)?.[1];
	const lines: string[] = [];
	if (folder !== undefined && folder !== top.output.module) {
		lines.push(problemLine('', { path: 'module', message: `"${top.output.module}" differs from the folder "${folder}"` }));
	}
	// a pass mark only because parseQuiz asks for one: the cases page has none of its own
	const { questions } = parseQuiz({ module: top.output.module, passMark: 1, questions: top.output.questions }, file);
	for (const question of questions) {
		const { id } = question.view;
		const where = `question "${id}"`;
		if (question.view.type !== 'case') lines.push(problemLine(where, { path: 'type', message: `"${question.view.type}": a graded case is of type case` }));
		if (!CASE_ID.test(id)) lines.push(problemLine(where, { path: 'id', message: 'a case id reads <prefix>-case-<words>, e.g. j-case-aggression' }));
		if (taken.has(id)) lines.push(problemLine(where, { path: 'id', message: `"${id}" is already a question of the module's quiz.yaml` }));
		question.view.objectives.forEach((objective, index) => {
			if (!objectives.includes(objective)) {
				lines.push(problemLine(where, { path: `objectives[${index}]`, message: `"${objective}" is not an objective of the module's lesson (${objectives.join(', ')})` }));
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
	return questions;
}
