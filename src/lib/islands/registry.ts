// Every island of the site, declared here and nowhere else (see README.md): its name and the
// component it makes interactive. `<Island name props />` takes a name of this list and the
// props of its component (a wrong name or a wrong prop fails `npm run check`), and build/vite-plugin.ts
// builds one client module per name from this file, so an island cannot exist in one place and
// not the other. Keep the form `name: Component,` and the imports on one line each: the plugin
// reads this file as text (registry.test.ts checks that it reads what TypeScript sees).
import type { Component, ComponentProps } from 'svelte';
import AssignmentWithKeys from '$lib/components/quiz/with-keys/AssignmentWithKeys.svelte';
import QuizWithKeys from '$lib/components/quiz/with-keys/QuizWithKeys.svelte';
import ReviewWithKeys from '$lib/components/quiz/with-keys/ReviewWithKeys.svelte';
import StepChecksWithKeys from '$lib/components/quiz/with-keys/StepChecksWithKeys.svelte';
import DueToday from '$lib/components/review/DueToday.svelte';
import ProgressPanel from '$lib/components/progress/ProgressPanel.svelte';
import SearchPanel from '$lib/components/search/SearchPanel.svelte';
import GlossaryFilter from '$lib/components/glossary/GlossaryFilter.svelte';
import Listen from '$lib/components/listen/Listen.svelte';
import StepToc from '$lib/components/lesson/StepToc.svelte';
import NavigatorWithView from '$lib/components/navigator/NavigatorWithView.svelte';
import AssignmentBuilder from '$lib/components/assignments/AssignmentBuilder.svelte';
import ClassResults from '$lib/components/assignments/ClassResults.svelte';

export const islands = {
	assignment: AssignmentWithKeys,
	'class-results': ClassResults,
	'due-today': DueToday,
	'glossary-filter': GlossaryFilter,
	listen: Listen,
	navigator: NavigatorWithView,
	progress: ProgressPanel,
	quiz: QuizWithKeys,
	review: ReviewWithKeys,
	search: SearchPanel,
	'step-checks': StepChecksWithKeys,
	'step-toc': StepToc,
	teach: AssignmentBuilder
} satisfies Record<string, Component<never>>;

export type IslandName = keyof typeof islands;
export type IslandProps<Name extends IslandName> = ComponentProps<(typeof islands)[Name]>;
