// The pieces every question type reduces to one language: a page, an assignment and every export
// (GIFT, Moodle XML, SCORM) get a question's texts in their own language only. The other language's
// key is left out, not emptied: a reader reads `text[lang]` and nothing else, and the data sent is
// halved. Each type's public-<type>.ts and key-<type>.ts are made of these; src/lib/quiz/in-language.ts
// applies them to whole questions and quizzes.
import type { Choice, Citation, Localized, Locale, QuestionKey, QuestionView } from '../types';

/** A Localized text reduced to one language (`{ en: "…" }`). */
export function textIn(text: Localized, lang: Locale): Localized {
	return { [lang]: text[lang] } as Localized;
}

export function choiceIn(entry: Choice, lang: Locale): Choice {
	return { id: entry.id, label: textIn(entry.label, lang) };
}

/** Feedback per option id, each in one language. */
export function feedbackIn(record: Record<string, Localized>, lang: Locale): Record<string, Localized> {
	return Object.fromEntries(Object.entries(record).map(([id, text]) => [id, textIn(text, lang)]));
}

/** A citation with our translation into `lang` only (the quote itself stays as written). */
export function citationIn(entry: Citation, lang: Locale): Citation {
	const translation = entry.translation?.[lang];
	return {
		source: entry.source,
		quote: entry.quote,
		...(entry.lang && { lang: entry.lang }),
		...(translation !== undefined && { translation: { [lang]: translation } })
	};
}

/** What every view has, in one language (the type's own fields follow it). */
export function viewBaseIn(view: QuestionView, lang: Locale) {
	return {
		id: view.id,
		objectives: [...view.objectives],
		scenario: view.scenario,
		prompt: textIn(view.prompt, lang),
		hints: view.hints.map((hint) => textIn(hint, lang))
	};
}

/** What every key has, in one language (the type's own fields follow it). */
export function keyBaseIn(key: QuestionKey, lang: Locale) {
	return {
		explanation: textIn(key.explanation, lang),
		citations: key.citations.map((entry) => citationIn(entry, lang))
	};
}
