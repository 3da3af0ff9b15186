import { error } from '@sveltejs/kit';
import { getSource, sources } from '$lib/content/sources';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	sources.flatMap((s) => (['fr', 'en'] as const).map((lang) => ({ lang, id: s.id })));

export const load: PageServerLoad = ({ params }) => {
	const source = getSource(params.id);
	if (!source) error(404, 'No such source');
	return { source };
};
