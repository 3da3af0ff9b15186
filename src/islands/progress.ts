// Island: the progress page's dashboard and backup panel.
import ProgressPanel from '$lib/components/progress/ProgressPanel.svelte';
import { hydrateIslands } from '$lib/islands/hydrate-islands';

hydrateIslands('progress', ProgressPanel);
