import { describe, expect, it } from 'vitest';
import { grade, keyInput } from './grade';
import { questionIn } from './in-language';
import { samples } from './test-support/sample-questions';
import type { Question } from './types';

const questions = Object.values(samples) as Question[];

describe("questionIn: each type's public view and key in one language", () => {
	it.each(questions.flatMap((question) => (['fr', 'en'] as const).map((lang) => [question.type, lang, question] as const)))(
		'%s in %s keeps no text of the other language',
		(_, lang, question) => {
			const other = lang === 'fr' ? 'en' : 'fr';
			const local = questionIn(question, lang);
			// short answers keep both lists of accepted answers: the grader accepts either language
			const key = local.type === 'short' ? { ...local.key, accepted: undefined } : local.key;
			expect(JSON.stringify({ view: local.view, key })).not.toContain(`"${other}":`);
			expect(JSON.stringify(local)).toContain(`"${lang}":`);
		}
	);

	it.each(questions.map((question) => [question.type, question] as const))('%s grades as before, in both languages', (_, question) => {
		for (const lang of ['fr', 'en'] as const) {
			const input = keyInput(question, lang);
			expect(grade(questionIn(question, lang), input)).toEqual(grade(question, input));
		}
	});
});
