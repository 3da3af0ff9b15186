// The pictures a lesson step can show (`<Diagram name="routes" />`), each taking `text`: its words
// in the page's language, from the module's lessons/<module>/diagrams.yaml (src/lib/content/
// diagrams.ts); and the time axis for a module's timeline.yaml. The names are those of
// src/lib/content/diagram-types.ts: TypeScript refuses a picture missing here.
import type { Component } from 'svelte';
import type { DiagramName, DiagramText } from '$lib/content/diagram-types';
import Borders from './Borders.svelte';
import Complementarity from './Complementarity.svelte';
import CyberQuestions from './CyberQuestions.svelte';
import Preconditions from './Preconditions.svelte';
import Routes from './Routes.svelte';
import TimelineAxis from './TimelineAxis.svelte';

export const diagrams: { [N in DiagramName]: Component<{ text: DiagramText<N> }> } = {
	routes: Routes,
	preconditions: Preconditions,
	complementarity: Complementarity,
	'cyber-questions': CyberQuestions,
	borders: Borders
};
export type { DiagramName };

export { TimelineAxis };
