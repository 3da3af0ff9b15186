// Island: the home page's "due today" line (the home page itself is plain HTML, csr = false).
import DueToday from '$lib/components/progress/DueToday.svelte';
import { hydrateIslands } from '$lib/islands/hydrate-islands';

hydrateIslands('due-today', DueToday);
