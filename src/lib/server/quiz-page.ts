// What a module's quiz page and its keys file are built from (the same quiz, in one language).
import { error } from '@sveltejs/kit';
import { resolveAll } from '$lib/content/citations';
import { getModule, modules } from '$lib/content/lessons';
import { forLanguage, quizOf } from '$lib/content/quizzes';
import { locales, type Locale } from '$lib/i18n';

export function quizEntries(): { lang: Locale; slug: string }[] {
	return modules.filter((m) => quizOf(m.slug)).flatMap((m) => locales.map((lang) => ({ lang, slug: m.slug })));
}

export function quizFor(lang: Locale, slug: string) {
	const module = getModule(slug);
	const quiz = module && quizOf(module.slug);
	if (!module || !quiz) error(404, 'No such quiz');
	return {
		module,
		quiz: forLanguage(quiz, lang),
		citations: resolveAll(
			quiz.questions.flatMap((q) => q.key.citations),
			lang,
			`lessons/${module.slug}/quiz.yaml`
		)
	};
}

export function keysUrl(lang: Locale, slug: string): string {
	return `/${lang}/modules/${slug}/quiz/keys.json`;
}
