import type { Handle } from '@sveltejs/kit';
import pageStart from '$lib/head/page-start.js?raw';
import { paraglideMiddleware } from '$lib/paraglide/server';

// The page's language and its inline script go into src/app.html's placeholders. The script is
// put in byte for byte: the Content Security Policy allows it by the hash of the file
// (svelte.config.js).
const fill = (html: string, lang: string) => html.replace('%lang%', lang).replace('%icc.page-start%', () => pageStart);

// Paraglide reads the language from the URL (/fr/…, /en/…) and keeps it for the whole request, so
// that messages rendered on the server are in the page's language. The routes themselves carry the
// language as the [lang] parameter, so the request is passed on unchanged (not de-localised).
// `/` is the bilingual language chooser: it is rendered as is, in both languages.
export const handle: Handle = ({ event, resolve }) => {
	if (!/^\/(fr|en)(\/|$)/.test(event.url.pathname)) {
		return resolve(event, { transformPageChunk: ({ html }) => fill(html, 'fr') });
	}
	return paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, { transformPageChunk: ({ html }) => fill(html, locale) })
	);
};
