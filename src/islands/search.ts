// Island: the search form and its results (Pagefind, loaded on the first search).
import SearchPanel from '$lib/components/search/SearchPanel.svelte';
import { hydrateIslands } from '$lib/islands/hydrate-islands';

hydrateIslands('search', SearchPanel);
