import type { Locale } from '$lib/i18n';
import { stepEntries, stepPage } from '$lib/content/lesson-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = stepEntries;

export const load: PageServerLoad = ({ params }) => stepPage(params.lang as Locale, params.slug, params.step);
