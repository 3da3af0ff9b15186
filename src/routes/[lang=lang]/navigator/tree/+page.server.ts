import { navigatorIn } from '$lib/content/navigator';
import { locales, type Locale } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({ view: navigatorIn(params.lang as Locale) });

export const entries = () => locales.map((lang) => ({ lang }));
