import { json } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { splitKeys } from '$lib/quiz/split-keys';
import { quizEntries, quizFor } from '$lib/content/quiz-pages';
import type { EntryGenerator, RequestHandler } from './$types';

// The quiz's keys (answers, feedback, explanations) and the citations that back them, in a file of
// their own: the quiz page carries only the questions, so that it is drawn sooner on a slow
// network; the quiz island fetches this when it starts (src/lib/components/quiz/with-keys/). Prerendered, so the
// service worker keeps it for offline use like any page.
export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = quizEntries;

export const GET: RequestHandler = ({ params }) => {
	const { quiz, citations } = quizFor(params.lang as Locale, params.slug);
	return json({ keys: splitKeys(quiz).keys, citations });
};
