import { sources, sourceSummary } from '$lib/content/sources';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	documents: sources.filter((s) => s.kindGroup === 'document').map(sourceSummary),
	primary: sources.filter((s) => s.kindGroup === 'primary').map(sourceSummary)
});
