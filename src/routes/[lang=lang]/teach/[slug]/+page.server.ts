import { packEntries, packPage } from '$lib/content/teach-pages';
import type { Locale } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

// A module's teacher pack (issue 25): under /teach/ with the teacher's other pages, not beside the
// lesson's steps (a step id "teach" would have had to be reserved, and the pages are the teacher's,
// not the learner's). Prerendered in both languages, so the service worker keeps it offline.
export const entries: EntryGenerator = () => packEntries();

export const load: PageServerLoad = ({ params }) => packPage(params.lang as Locale, params.slug);
