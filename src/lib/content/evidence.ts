// The content check of evidence questions (issue 24), run when the quizzes load: a passage is a
// real source's text, so every sentence — the key sentences and the others — must stand verbatim
// (white space aside) in the source the question names, in the source's order, with our
// translation into each page language that differs from the source's. A problem fails the build
// naming the file, the question and the field (`sentences[2].text`), as a citation does. The check
// also puts on the view where the passage comes from (publisher, date, title), so that the
// question shows it beside the passage.
import { locales, type Locale } from '$lib/i18n';
import type { EvidenceView, Question } from '$lib/quiz/types';
import { findQuote, getSource, type Source } from './sources';
import { closestPassage, foldSpace } from './text';
import { fail, problemLine, type Problem } from './validate';

/** What is wrong with a passage's sentences against their source; [] when nothing is. */
export function evidenceProblems(view: EvidenceView, source: Source | undefined): Problem[] {
	if (!source) return [{ path: 'source', message: `unknown source "${view.source}" (not in sources/catalog.yaml)` }];
	const problems: Problem[] = [];
	const whole = foldSpace(source.paragraphs.map((paragraph) => paragraph.text).join('\n'));
	let after = 0;
	view.sentences.forEach((sentence, index) => {
		const path = `sentences[${index}]`;
		if (!findQuote(source, sentence.text)) {
			const closest = closestPassage(
				source.paragraphs.map((paragraph) => paragraph.text),
				sentence.text
			);
			problems.push({
				path: `${path}.text`,
				message: `not found verbatim in sources/${source.file} (${source.id}):\n    quote:   «${sentence.text}»\n    closest: «${closest}»`
			});
			return;
		}
		const at = whole.indexOf(foldSpace(sentence.text), after);
		if (at < 0) {
			problems.push({ path: `${path}.text`, message: `comes before the sentence above it in sources/${source.file}: give the passage in the source's order` });
			return;
		}
		after = at + foldSpace(sentence.text).length;
		const passageLang = view.lang ?? source.language;
		for (const lang of locales.filter((l: Locale) => l !== passageLang)) {
			if (!sentence.translation?.[lang]?.trim()) {
				problems.push({ path: `${path}.translation.${lang}`, message: `missing: the passage is in ${passageLang}, a ${lang} page needs our translation` });
			}
		}
	});
	return problems;
}

/**
 * Checks every evidence question of a quiz file against its source (throws naming the file, the
 * question and the field) and returns the questions with the passage's origin on their view.
 */
export function linkEvidenceToSources(
	questions: Question[],
	file: string,
	sourceOf: (id: string) => Source | undefined = getSource
): Question[] {
	const lines: string[] = [];
	const linked = questions.map((question): Question => {
		if (question.type !== 'evidence') return question;
		const source = sourceOf(question.view.source);
		const problems = evidenceProblems(question.view, source);
		lines.push(...problems.map((problem) => problemLine(`question "${question.view.id}"`, problem)));
		if (!source || problems.length > 0) return question;
		const origin = { publisher: source.publisher, date: source.date, title: source.title, short: source.short, lang: question.view.lang ?? source.language };
		return { ...question, view: { ...question.view, origin } };
	});
	if (lines.length > 0) fail(file, lines);
	return linked;
}
