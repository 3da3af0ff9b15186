import { resolveAll } from '$lib/content/citations';
import { modules } from '$lib/content/lessons';
import { quizOf } from '$lib/content/quizzes';
import type { Locale } from '$lib/i18n';
import type { Quiz } from '$lib/quiz/types';
import type { PageServerLoad } from './$types';

// The assignment itself travels in the link's #fragment (never sent to any server); the page
// carries every quiz so that any assignment built from them can be taken, offline too.
export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	const quizzes = modules.map((m) => quizOf(m.slug)).filter((q): q is Quiz => q !== undefined);
	return {
		quizzes,
		modules: modules.map((m) => ({
			slug: m.slug,
			order: m.order,
			title: m.lessons[lang].meta.title,
			objectives: m.lessons[lang].meta.objectives.map((o) => ({
				id: o.id,
				text: o.text,
				href: `/${lang}/modules/${m.slug}/#${o.section}`
			}))
		})),
		citations: resolveAll(
			quizzes.flatMap((q) => q.questions.flatMap((question) => question.key.citations)),
			lang,
			'assignment'
		)
	};
};
