import { json } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { firstKeyFileFor, quizEntries } from '$lib/content/quiz-pages';
import type { EntryGenerator, RequestHandler } from './$types';

// The key of the question the quiz page draws first, alone (about 1 KB): its island fetches it with
// the questions, before it starts, so that the learner's first Check does not wait for the whole
// keys.json, asked for only as the learner reaches for the quiz (issue 27). Prerendered.
export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = quizEntries;

export const GET: RequestHandler = ({ params }) => json(firstKeyFileFor(params.lang as Locale, params.slug));
