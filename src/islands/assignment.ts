// Island: an assignment, read from the link the teacher shared.
import AssignmentTaker from '$lib/components/assignment/AssignmentTaker.svelte';
import { hydrateIslands } from '$lib/islands/hydrate-islands';

hydrateIslands('assignment', AssignmentTaker);
