import { modules } from '$lib/content/lessons';
import { bankOf } from '$lib/content/quizzes';
import { modulesWithPack } from '$lib/content/teach';
import { locales, type Locale } from '$lib/i18n';
import type { TeachModule } from '$lib/components/assignments/types';
import type { EntryGenerator, PageServerLoad } from './$types';

// Prerendered in both languages even before a page links here.
export const entries: EntryGenerator = () => locales.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	const teachModules: TeachModule[] = modules.flatMap((module) => {
		const quiz = bankOf(module.slug);
		if (!quiz) return [];
		return [
			{
				slug: module.slug,
				order: module.order,
				title: { fr: module.lessons.fr.meta.title, en: module.lessons.en.meta.title },
				questions: quiz.questions.map((q) => ({ id: q.view.id, type: q.type, prompt: q.view.prompt[lang] }))
			}
		];
	});
	// each module's teacher pack (/<lang>/teach/<module>/)
	const packs = modulesWithPack().flatMap((slug) => {
		const module = modules.find((m) => m.slug === slug);
		return module ? [{ slug, order: module.order, title: module.lessons[lang].meta.title }] : [];
	});
	return { teachModules, packs };
};
