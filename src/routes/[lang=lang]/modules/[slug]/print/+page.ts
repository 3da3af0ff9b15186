import { allStepBodies } from '$lib/content/step-bodies';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data, params }) => ({ ...data, Bodies: await allStepBodies(params.slug, params.lang) });
