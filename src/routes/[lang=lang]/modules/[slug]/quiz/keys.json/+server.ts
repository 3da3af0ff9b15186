import { json } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { keysFileFor, quizEntries } from '$lib/content/quiz-pages';
import type { EntryGenerator, RequestHandler } from './$types';

// The keys of the module's quiz and graded cases (answers, feedback, explanations) and the citations that back them, in a file of
// their own: the quiz page carries only the questions, so that it is drawn sooner on a slow
// network; the quiz island fetches this when it starts (src/lib/components/quiz/with-keys/). Prerendered, so the
// service worker keeps it for offline use like any page.
export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = quizEntries;

export const GET: RequestHandler = ({ params }) => {
	return json(keysFileFor(params.lang as Locale, params.slug));
};
