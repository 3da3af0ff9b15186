// Island: the teacher's assignment builder.
import AssignmentBuilder from '$lib/components/teach/AssignmentBuilder.svelte';
import { hydrateIslands } from '$lib/islands/hydrate-islands';

hydrateIslands('teach', AssignmentBuilder);
