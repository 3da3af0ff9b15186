// A case question's facts walked through the navigator's model ("Can the Court act?", issue 23):
// a case may say, in `navigator`, how its facts answer the navigator's questions (as far as they
// settle them) and where that leads. The model decides, not the case's author: when the content
// loads, the path is walked on the navigator's graph and must end where the case says (a changed
// rule in lessons/navigator.yaml fails the build naming every case it moves). The case then carries
// the navigator's link for its facts, shown with its explanation once graded.
import { walk } from '../navigator/graph';
import { encodePath } from '../navigator/share';
import type { NavGraph } from '../navigator/types';
import type { Question } from '$lib/quiz/types';
import { fail, problemLine } from './validate';

type AnyGraph = NavGraph<unknown, unknown>;

/**
 * Checks the navigator path of every case in `questions` against `graph` and returns the questions
 * with each path's link text (`key.navigator.share`). Throws listing every problem, one per line,
 * naming `file` and the question.
 */
export function linkCasesToNavigator(questions: Question[], graph: AnyGraph | undefined, file: string): Question[] {
	const problems: string[] = [];
	const linked = questions.map((question): Question => {
		if (question.type !== 'case' || !question.key.navigator) return question;
		const { path, at } = question.key.navigator;
		const where = `${question.view.id}.navigator`;
		if (!graph) {
			problems.push(problemLine(where, { path: '', message: 'the navigator (lessons/navigator.yaml) is missing' }));
			return question;
		}
		const walked = walk(graph, path);
		if (!walked.ok) {
			problems.push(problemLine(where, { path: `path[${walked.index}]`, message: `"${path[walked.index]}" is not an answer there (${walked.error})` }));
			return question;
		}
		if (walked.at.id !== at) {
			problems.push(problemLine(where, { path: 'at', message: `these answers lead to ${walked.at.kind} "${walked.at.id}", not "${at}"` }));
			return question;
		}
		return { ...question, key: { ...question.key, navigator: { path, at, share: encodePath(graph, path) } } };
	});
	if (problems.length > 0) fail(file, problems);
	return linked;
}
