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
import type { Question } from '$lib/quiz/types';
import { parseModuleQuestions } from './module-questions';

/** `<letters or digits>-case-…`: a case's id says it is one. */
const CASE_ID = /^[a-z0-9]+-case-[a-z0-9-]+$/;

/**
 * Checks one cases.yaml (already parsed from YAML) and converts its questions to the quiz model
 * (module-questions.ts, as checks.yaml). Throws listing every problem, one per line.
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
	const quiz = file.replace(/cases\.yaml$/, 'quiz.yaml');
	return parseModuleQuestions(raw, file, {
		id: { pattern: CASE_ID, hint: 'a case id reads <prefix>-case-<words>, e.g. j-case-aggression' },
		objectives: context.objectives,
		taken: new Map([...context.taken].map((id) => [id, quiz])),
		extra: (question) => (question.type === 'case' ? [] : [{ path: 'type', message: `"${question.type}": a graded case is of type case` }])
	}).questions;
}
