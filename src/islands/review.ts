// Island: the review session (questions due today). Like the quiz page, the review page carries
// the questions of every quiz; their keys come from each quiz's keys.json, fetched now.
import ReviewSession from '$lib/components/progress/ReviewSession.svelte';
import { hydrateIslands } from '$lib/islands/hydrate-islands';
import { withAllKeys } from '$lib/islands/quiz-keys';
import { m } from '$lib/paraglide/messages.js';

hydrateIslands('review', ReviewSession, { prepare: withAllKeys, failure: () => m.review_keys_failed() });
