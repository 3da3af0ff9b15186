import { stepBody } from '$lib/content/step-bodies';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data, params }) => ({ ...data, Body: await stepBody(params.slug, params.step, params.lang) });
