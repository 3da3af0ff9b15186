import { error, json } from '@sveltejs/kit';
import { checksKeysEntries, checksKeysFile } from '$lib/content/checks';
import { getModule } from '$lib/content/lessons';
import type { Locale } from '$lib/i18n';
import type { EntryGenerator, RequestHandler } from './$types';

// The keys of a module's checks (answers, feedback, explanations) and the citations that back
// them, in a file of their own, as the quiz's keys.json: the step pages carry only the questions,
// and the step-checks island fetches this before it starts
// (src/lib/components/quiz/with-keys/StepChecksWithKeys.svelte). One file per module and language,
// written for every module (empty where a module has no checks.yaml), so that the route is always
// prerendered; the service worker keeps it for offline use like any page.
export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = checksKeysEntries;

export const GET: RequestHandler = ({ params }) => {
	if (!getModule(params.slug)) error(404, 'No such module');
	return json(checksKeysFile(params.slug, params.lang as Locale));
};
