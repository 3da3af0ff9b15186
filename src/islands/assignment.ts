// Island: an assignment, read from the link the teacher shared. Like the review page, the page
// carries the questions of every quiz; their keys come from each quiz's keys.json, fetched now.
import AssignmentTaker from '$lib/components/assignment/AssignmentTaker.svelte';
import { hydrateIslands } from '$lib/islands/hydrate-islands';
import { withAllKeys } from '$lib/islands/quiz-keys';
import { m } from '$lib/paraglide/messages.js';

hydrateIslands('assignment', AssignmentTaker, { prepare: withAllKeys, failure: () => m.assignment_keys_failed() });
