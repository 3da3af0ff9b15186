import { json } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { splitKeys } from '$lib/quiz/split-keys';
import { quizEntries, quizFor } from '$lib/content/quiz-pages';
import type { EntryGenerator, RequestHandler } from './$types';

// The quiz's questions without their keys, in a file of their own: the page draws the quiz's start
// from them on the server, and its island fetches them before it starts (QuizWithKeys) rather than
// reading a copy in the page, which made the page's HTML larger than a slow network's first round
// trip (module 2: 18.7 KB, LCP 1.06 s). Prerendered, so the service worker keeps it offline.
export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = quizEntries;

export const GET: RequestHandler = ({ params }) => json(splitKeys(quizFor(params.lang as Locale, params.slug).quiz).views);
