import { checksOf } from '$lib/content/checks';
import { modules, objectiveHref } from '$lib/content/lessons';
import { casesOf, quizOf } from '$lib/content/quizzes';
import type { Locale } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	return {
		modules: modules.map((m) => ({
			slug: m.slug,
			order: m.order,
			title: m.lessons[lang].meta.title,
			objectives: m.lessons[lang].meta.objectives.map((o) => ({ id: o.id, text: o.text, href: objectiveHref(m, lang, o) })),
			hasQuiz: quizOf(m.slug) !== undefined,
			// what the mastery of each objective is averaged over: the quiz's questions, the checks and
			// the graded cases answered
			quizQuestions: Object.fromEntries(
				m.lessons[lang].meta.objectives.map((o) => [o.id, quizOf(m.slug)?.questions.filter((q) => q.view.objectives.includes(o.id)).length ?? 0])
			),
			checks: checksOf(m.slug).map((q) => ({ id: q.view.id, objectives: q.view.objectives })),
			cases: casesOf(m.slug).map((q) => ({ id: q.view.id, objectives: q.view.objectives }))
		}))
	};
};
