import { sources, summarise } from '$lib/content/sources';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	documents: sources.filter((s) => s.kindGroup === 'document').map(summarise),
	primary: sources.filter((s) => s.kindGroup === 'primary').map(summarise)
});
