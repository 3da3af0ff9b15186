import type { Locale } from '$lib/i18n';
import { splitKeys } from '$lib/quiz/split-keys';
import { islandAssets } from '$lib/server/islands';
import { keysUrl, quizEntries, quizFor } from '$lib/server/quiz-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// Plain HTML with the quiz as an island, hydrated without the SvelteKit client (src/lib/islands/).
// The page is rendered from the whole quiz; the browser gets the questions with the page and the
// keys from keys.json when the island starts.
export const csr = false;

export const entries: EntryGenerator = quizEntries;

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Locale;
	const { module, quiz, citations } = quizFor(lang, params.slug);
	const meta = module.lessons[lang].meta;
	return {
		island: islandAssets('quiz'),
		quiz,
		views: splitKeys(quiz).views,
		keysUrl: keysUrl(lang, module.slug),
		title: meta.title,
		objectives: meta.objectives.map((o) => ({ id: o.id, text: o.text, href: `/${lang}/modules/${module.slug}/#${o.section}` })),
		citations
	};
};
