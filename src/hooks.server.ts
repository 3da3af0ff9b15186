import type { Handle } from '@sveltejs/kit';
import pageStart from 'virtual:icc/page-start';
import { dropLazyStyles, enhanceAssets, inlineIslandStyles } from '$lib/islands/build/assets';
import { paraglideMiddleware } from '$lib/paraglide/server';

// The page's language, its inline script and the URL of the enhance module that script fetches
// go into src/app.html's placeholders, and its islands' styles inline into its <head> (the styles of
// components imported on demand out of it). The script is put in byte for byte: the Content Security
// Policy allows it by its hash (svelte.config.js); the URL, which changes with each build, is
// therefore an attribute of the script, not part of it.
const fill = (html: string, lang: string) =>
	inlineIslandStyles(dropLazyStyles(html))
		.replace('%lang%', lang)
		.replace('%icc.enhance%', () => enhanceAssets().src)
		.replace('%icc.page-start%', () => pageStart);

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
