// What a lesson step (lessons/<module>/steps/<NN-id>/<lang>.md) may use; see lessons/README.md.
export { default as Cite } from '../Cite.svelte';
export { default as Deeper } from './Deeper.svelte';
export { default as Term } from './Term.svelte';
export { default as Diagram } from './Diagram.svelte';
