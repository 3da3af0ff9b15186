import { parse } from 'yaml';
import type { Quiz } from '$lib/quiz/types';
import { parseQuiz } from './quiz-schema';

// Quizzes: lessons/<module>/quiz.yaml, validated at build time (a malformed quiz fails the build
// naming the file, the question and the problem).
const quizTexts = import.meta.glob('/lessons/*/quiz.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export function quizOf(module: string): Quiz | undefined {
	const file = `lessons/${module}/quiz.yaml`;
	const text = quizTexts[`/${file}`];
	if (text === undefined) return undefined;
	let raw: unknown;
	try {
		raw = parse(text);
	} catch (error) {
		throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
	}
	const quiz = parseQuiz(raw, file);
	if (quiz.module !== module) throw new Error(`${file}: module is "${quiz.module}", expected "${module}"`);
	return quiz;
}
