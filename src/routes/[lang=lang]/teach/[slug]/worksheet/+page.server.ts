import { packEntries, worksheetPage } from '$lib/content/teach-pages';
import type { Locale } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

// The quiz's questions to print for students, without the answers (issue 25).
export const entries: EntryGenerator = () => packEntries();

export const load: PageServerLoad = ({ params }) => worksheetPage(params.lang as Locale, params.slug);
