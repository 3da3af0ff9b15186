// Island: the class results (students' receipts, read on the teacher's device).
import ClassResults from '$lib/components/teach/ClassResults.svelte';
import { hydrateIslands } from '$lib/islands/hydrate-islands';

hydrateIslands('class-results', ClassResults);
