import { json } from '@sveltejs/kit';
import { casesQuizFor } from '$lib/content/quiz-pages';
import { locales, type Locale } from '$lib/i18n';
import { splitKeys } from '$lib/quiz/split-keys';
import type { EntryGenerator, RequestHandler } from './$types';

// The graded cases' questions (no keys), fetched by the quiz island before it starts, as a quiz
// page's views.json (src/routes/[lang=lang]/modules/[slug]/quiz/views.json).
export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => locales.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => json(splitKeys(casesQuizFor(params.lang as Locale).quiz).views);
