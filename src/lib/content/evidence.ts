// The content check of evidence questions (issue 24), run when the quizzes load: a passage is a
// real source's text, so every sentence — the key sentences and the others — must stand verbatim
// (white space aside) in the source the question names, in the source's order, with our
// translation into each page language that differs from the source's. A problem fails the build
// naming the file, the question and the field (`sentences[2].text`), as a citation does. The check
// also puts on the view where the passage comes from (publisher, date, title), so that the
// question shows it beside the passage. The accounts a comparison sets side by side (a case with
// `accounts`) are checked and placed the same way.
import { locales, type Locale } from '$lib/i18n';
import type { CaseAccount, EvidenceView, Question } from '$lib/quiz/types';
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

/** Where a text of `source` comes from, as the catalog says, and its language. */
function originOf(source: Source, lang: Locale | undefined) {
	return { publisher: source.publisher, date: source.date, title: source.title, short: source.short, lang: lang ?? source.language };
}

/**
 * What is wrong with the accounts a comparison sets side by side ("One event, several accounts"):
 * each wording verbatim in its own source, with our translation into each page language that
 * differs from the wording's; [] when nothing is.
 */
export function accountProblems(accounts: CaseAccount[], sourceOf: (id: string) => Source | undefined): Problem[] {
	return accounts.flatMap((account, index): Problem[] => {
		const path = `accounts[${index}]`;
		const source = sourceOf(account.source);
		if (!source) return [{ path: `${path}.source`, message: `unknown source "${account.source}" (not in sources/catalog.yaml)` }];
		if (!findQuote(source, account.wording)) {
			const closest = closestPassage(
				source.paragraphs.map((paragraph) => paragraph.text),
				account.wording
			);
			return [
				{
					path: `${path}.wording`,
					message: `not found verbatim in sources/${source.file} (${source.id}):\n    quote:   «${account.wording}»\n    closest: «${closest}»`
				}
			];
		}
		const wordingLang = account.lang ?? source.language;
		return locales
			.filter((lang: Locale) => lang !== wordingLang && !account.translation?.[lang]?.trim())
			.map((lang) => ({ path: `${path}.translation.${lang}`, message: `missing: the wording is in ${wordingLang}, a ${lang} page needs our translation` }));
	});
}

/**
 * Checks every quoted passage of a quiz file against its source — an evidence question's
 * sentences, a comparison's accounts — (throws naming the file, the question and the field) and
 * returns the questions with each passage's origin on their view.
 */
export function linkPassagesToSources(
	questions: Question[],
	file: string,
	sourceOf: (id: string) => Source | undefined = getSource
): Question[] {
	const lines: string[] = [];
	const linked = questions.map((question): Question => {
		if (question.type === 'case' && question.view.accounts) {
			const problems = accountProblems(question.view.accounts, sourceOf);
			lines.push(...problems.map((problem) => problemLine(`question "${question.view.id}"`, problem)));
			if (problems.length > 0) return question;
			const accounts = question.view.accounts.map((account) => ({ ...account, origin: originOf(sourceOf(account.source)!, account.lang) }));
			return { ...question, view: { ...question.view, accounts } };
		}
		if (question.type !== 'evidence') return question;
		const source = sourceOf(question.view.source);
		const problems = evidenceProblems(question.view, source);
		lines.push(...problems.map((problem) => problemLine(`question "${question.view.id}"`, problem)));
		if (!source || problems.length > 0) return question;
		return { ...question, view: { ...question.view, origin: originOf(source, question.view.lang) } };
	});
	if (lines.length > 0) fail(file, lines);
	return linked;
}
