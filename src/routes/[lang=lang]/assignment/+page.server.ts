import { modules } from '$lib/content/lessons';
import { allQuizzes } from '$lib/content/quizzes';
import type { Locale } from '$lib/i18n';
import { islandAssets } from '$lib/server/islands';
import type { PageServerLoad } from './$types';

// Plain HTML with the assignment (read from the link the teacher shared) as an island, hydrated without the SvelteKit client (src/lib/islands/).
export const csr = false;

// The assignment itself travels in the link's #fragment (never sent to any server); the page
// carries every quiz so that any assignment built from them can be taken, offline too.
export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	return {
		island: islandAssets('assignment'),
		...allQuizzes(lang, 'assignment'),
		modules: modules.map((m) => ({
			slug: m.slug,
			order: m.order,
			title: m.lessons[lang].meta.title,
			objectives: m.lessons[lang].meta.objectives.map((o) => ({
				id: o.id,
				text: o.text,
				href: `/${lang}/modules/${m.slug}/#${o.section}`
			}))
		}))
	};
};
