import { locales } from '$lib/i18n';
import type { EntryGenerator } from './$types';

// The page the service worker shows, offline, for an address it does not have (it may not exist,
// or the learner is offline): in the address's language, with the way back. Linked from nowhere,
// so its two languages are listed here for prerendering.
export const entries: EntryGenerator = () => locales.map((lang) => ({ lang }));
