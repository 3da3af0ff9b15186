// The data a SCORM package carries: the quiz (views and keys) in ONE language, the source metadata
// its citations name, and what the runtime needs to report (pass mark). It goes into index.html as
// JSON and the runtime grades it with the site's own graders (src/lib/quiz/grade.ts).
import type { Choice, Citation, Localized, Locale, Question, Quiz } from '../../quiz/types';
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
	 * The questions, each Localized text keeping the package's language only (`{ en: "…" }`):
	 * the runtime reads `text[lang]` and nothing else. Short answers keep the accepted answers of
	 * both languages, since the grader accepts both.
	 */
	questions: Question[];
	/** metadata of the sources the citations name */
	sources: SourceIndex;
};

/** A Localized reduced to one language. The other key is absent: only `text[lang]` may be read. */
function only(text: Localized, lang: Locale): Localized {
	return { [lang]: text[lang] } as Localized;
}

function choice(entry: Choice, lang: Locale): Choice {
	return { id: entry.id, label: only(entry.label, lang) };
}

function feedback(record: Record<string, Localized>, lang: Locale): Record<string, Localized> {
	return Object.fromEntries(Object.entries(record).map(([id, text]) => [id, only(text, lang)]));
}

function citation(entry: Citation, lang: Locale): Citation {
	const translation = entry.translation?.[lang];
	return {
		source: entry.source,
		quote: entry.quote,
		...(entry.lang && { lang: entry.lang }),
		...(translation !== undefined && { translation: { [lang]: translation } })
	};
}

/** One question with its wording in `lang` only. */
export function localizeQuestion(question: Question, lang: Locale): Question {
	const { view, key } = question;
	const viewBase = {
		id: view.id,
		objectives: [...view.objectives],
		scenario: view.scenario,
		prompt: only(view.prompt, lang),
		hints: view.hints.map((hint) => only(hint, lang))
	};
	const keyBase = {
		explanation: only(key.explanation, lang),
		citations: key.citations.map((entry) => citation(entry, lang))
	};
	switch (question.type) {
		case 'single':
		case 'multiple': {
			const { view: v, key: k } = question;
			// the two branches differ by their literal type only
			return {
				type: question.type,
				view: { ...viewBase, type: question.type, options: v.options.map((option) => choice(option, lang)) },
				key: { ...keyBase, type: question.type, answer: k.answer, feedback: feedback(k.feedback, lang) }
			} as Question;
		}
		case 'truefalse':
			return {
				type: 'truefalse',
				view: { ...viewBase, type: 'truefalse' },
				key: {
					...keyBase,
					type: 'truefalse',
					answer: question.key.answer,
					feedback: { true: only(question.key.feedback.true, lang), false: only(question.key.feedback.false, lang) }
				}
			};
		case 'short':
			return {
				type: 'short',
				view: {
					...viewBase,
					type: 'short',
					...(question.view.placeholder && { placeholder: only(question.view.placeholder, lang) })
				},
				key: { ...keyBase, type: 'short', accepted: { fr: [...question.key.accepted.fr], en: [...question.key.accepted.en] } }
			};
		case 'numeric':
			return {
				type: 'numeric',
				view: { ...viewBase, type: 'numeric', ...(question.view.unit && { unit: only(question.view.unit, lang) }) },
				key: { ...keyBase, type: 'numeric', answer: question.key.answer, bounds: { ...question.key.bounds } }
			};
		case 'ordering':
			return {
				type: 'ordering',
				view: { ...viewBase, type: 'ordering', items: question.view.items.map((item) => choice(item, lang)) },
				key: { ...keyBase, type: 'ordering', order: [...question.key.order] }
			};
		case 'matching':
			return {
				type: 'matching',
				view: {
					...viewBase,
					type: 'matching',
					items: question.view.items.map((item) => choice(item, lang)),
					targets: question.view.targets.map((target) => choice(target, lang))
				},
				key: { ...keyBase, type: 'matching', answer: { ...question.key.answer } }
			};
		case 'cloze':
			return {
				type: 'cloze',
				view: {
					...viewBase,
					type: 'cloze',
					text: only(question.view.text, lang),
					blanks: question.view.blanks.map((blank) => ({ id: blank.id, options: blank.options.map((option) => choice(option, lang)) }))
				},
				key: { ...keyBase, type: 'cloze', answer: { ...question.key.answer } }
			};
	}
}

/** The package's data: the quiz in `lang`, and the metadata of the sources it cites. */
export function scoData(quiz: Quiz, lang: Locale, title: string, sources: SourceIndex = {}): ScoData {
	const cited = new Set(quiz.questions.flatMap((question) => question.key.citations.map((entry) => entry.source)));
	return {
		version: 1,
		lang,
		module: quiz.module,
		title,
		passMark: quiz.passMark,
		questions: quiz.questions.map((question) => localizeQuestion(question, lang)),
		sources: Object.fromEntries(Object.entries(sources).filter(([id]) => cited.has(id)))
	};
}

/** The quiz a ScoData holds, for the graders (grade, summarise). */
export function quizOf(data: ScoData): Quiz {
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
