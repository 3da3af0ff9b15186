// The data a SCORM package carries: the quiz (views and keys) in ONE language, the source metadata
// its citations name, and what the runtime needs to report (pass mark). It goes into index.html as
// JSON and the runtime grades it with the site's own graders (src/lib/quiz/grade.ts).
import { quizIn } from '../../quiz/in-language';
import type { Locale, Question, Quiz } from '../../quiz/types';
import type { SourceIndex } from '../sources';

export type ScoData = {
	version: 1;
	lang: Locale;
	module: string;
	/** the lesson's title */
	title: string;
	/** share of the total needed to pass, in (0, 1] */
	passMark: number;
	/**
	 * The questions in the package's language only (`quizIn`: each type's public view and key;
	 * `{ en: "…" }`): the runtime reads `text[lang]` and nothing else. Short answers keep the
	 * accepted answers of both languages, since the grader accepts both.
	 */
	questions: Question[];
	/** metadata of the sources the citations name */
	sources: SourceIndex;
};

/** The package's data: the quiz in `lang`, and the metadata of the sources it cites. */
export function scoData(quiz: Quiz, lang: Locale, title: string, sources: SourceIndex = {}): ScoData {
	const cited = new Set(quiz.questions.flatMap((question) => question.key.citations.map((entry) => entry.source)));
	return {
		version: 1,
		lang,
		module: quiz.module,
		title,
		passMark: quiz.passMark,
		questions: quizIn(quiz, lang).questions.map(withoutSiteLinks),
		sources: Object.fromEntries(Object.entries(sources).filter(([id]) => cited.has(id)))
	};
}

/** A case's link to the navigator leads to the site, which a package does not carry. */
function withoutSiteLinks(question: Question): Question {
	if (question.type !== 'case' || !question.key.navigator) return question;
	const { navigator: _site, ...key } = question.key;
	return { ...question, key };
}

/** The quiz a ScoData holds, for the graders (grade, summariseTrails). */
export function quizOfScoData(data: ScoData): Quiz {
	return { module: data.module, passMark: data.passMark, questions: data.questions };
}

/** JSON safe inside <script type="application/json">: no "</script>", no "<!--". */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
