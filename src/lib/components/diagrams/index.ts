// The diagrams a lesson step can show (`<Diagram name="routes" />`), each taking { lang }, and the
// time axis for a module's timeline.yaml.
import Complementarity from './Complementarity.svelte';
import Preconditions from './Preconditions.svelte';
import Routes from './Routes.svelte';
import TimelineAxis from './TimelineAxis.svelte';

export const diagrams = { routes: Routes, preconditions: Preconditions, complementarity: Complementarity } as const;
export type DiagramName = keyof typeof diagrams;

export { TimelineAxis };
