import { json } from '@sveltejs/kit';
import { navigatorIn } from '$lib/content/navigator';
import { locales, type Locale } from '$lib/i18n';
import type { EntryGenerator, RequestHandler } from './$types';

// The navigator's questions, outcomes and quotes in one language, in a file of their own: the page
// draws the first question and the whole tree, and its island fetches this before it starts
// (NavigatorWithView.svelte), so that the page is not twice as heavy with a JSON copy of its text.
// Prerendered, so the service worker keeps it for offline use like any page.
export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => locales.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => json(navigatorIn(params.lang as Locale));
