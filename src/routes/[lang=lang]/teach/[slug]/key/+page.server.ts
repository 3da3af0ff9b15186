import { keyPage, packEntries } from '$lib/content/teach-pages';
import type { Locale } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

// The worksheet's answer key: answers, explanations and sources (issue 25).
export const entries: EntryGenerator = () => packEntries();

export const load: PageServerLoad = ({ params }) => keyPage(params.lang as Locale, params.slug);
