import { tick } from 'svelte';

/**
 * Moves the focus to what `find` returns once the pending state changes are on the page (a
 * verdict, the next question's heading). Call it in the same synchronous run as the changes.
 *
 * The control pressed (Check, Try again…) is often removed by those changes. Chrome recalculates
 * the styles at once when the focused element is removed from a page whose DOM has already been
 * changed: in a Check, a whole style recalculation of its own, 8–20 ms at 4× CPU (issue 27:
 * answer → feedback). So the focus is let go first, while the DOM is still as it was, and put
 * where it belongs in the same task: nothing announces the moment between. If `find` finds
 * nothing, the focus goes back to what had it, if it is still there.
 */
export async function focusAfterUpdate(find: () => HTMLElement | null): Promise<void> {
	const had = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	had?.blur();
	await tick();
	const target = find() ?? (had?.isConnected ? had : null);
	target?.focus();
}
