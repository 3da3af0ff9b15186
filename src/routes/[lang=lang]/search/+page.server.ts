import { islandAssets } from '$lib/server/islands';
import type { PageServerLoad } from './$types';

// Plain HTML with the search form as an island, hydrated without the SvelteKit client
// (src/lib/islands/). Without JavaScript the form still works: it is sent as ?q=… and the island
// runs the search once it starts.
export const csr = false;

export const load: PageServerLoad = () => ({ island: islandAssets('search') });
