import { resolveAll } from '$lib/content/citations';
import { modules } from '$lib/content/lessons';
import { quizOf } from '$lib/content/quizzes';
import type { Locale } from '$lib/i18n';
import type { Quiz } from '$lib/quiz/types';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	const quizzes = modules.map((m) => quizOf(m.slug)).filter((q): q is Quiz => q !== undefined);
	return {
		quizzes,
		modules: modules.map((m) => ({ slug: m.slug, order: m.order, title: m.lessons[lang].meta.title })),
		citations: resolveAll(
			quizzes.flatMap((q) => q.questions.flatMap((question) => question.key.citations)),
			lang,
			'review'
		)
	};
};
