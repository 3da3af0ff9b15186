import { onMount } from 'svelte';

/**
 * Runs `work` once the component is on the page, in a task of its own: an island's first read of
 * the device (and what it draws from it) then comes after hydration, not in the same long task,
 * and a tap in between is handled at once. `work` may return a cleanup, run when the component
 * goes. Call it while the component is being set up, like `onMount`.
 */
export function onMountLater(work: () => void | (() => void)): void {
	onMount(() => {
		let cleanup: void | (() => void);
		const timer = setTimeout(() => (cleanup = work()));
		return () => {
			clearTimeout(timer);
			cleanup?.();
		};
	});
}
