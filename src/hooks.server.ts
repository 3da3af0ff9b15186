import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';

// Paraglide reads the language from the URL (/fr/…, /en/…) and keeps it for the whole request, so
// that messages rendered on the server are in the page's language. The routes themselves carry the
// language as the [lang] parameter, so the request is passed on unchanged (not de-localised).
// `/` is the bilingual language chooser: it is rendered as is, in both languages.
export const handle: Handle = ({ event, resolve }) => {
	if (!/^\/(fr|en)(\/|$)/.test(event.url.pathname)) {
		return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', 'fr') });
	}
	return paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) })
	);
};
