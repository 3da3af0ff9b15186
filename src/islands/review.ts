// Island: the review session (questions due today).
import ReviewSession from '$lib/components/progress/ReviewSession.svelte';
import { hydrateIslands } from '$lib/islands/hydrate-islands';

hydrateIslands('review', ReviewSession);
