import { render } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import OnMountLaterProbe from './test-support/OnMountLaterProbe.svelte';

describe('onMountLater', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs the work in a later task, not while the component is mounted, and cleans up after it', () => {
		const log: string[] = [];
		const { unmount } = render(OnMountLaterProbe, { log });
		expect(log).toEqual([]);
		vi.runAllTimers();
		expect(log).toEqual(['work']);
		unmount();
		expect(log).toEqual(['work', 'cleanup']);
	});

	it('never runs the work of a component gone before its turn', () => {
		const log: string[] = [];
		const { unmount } = render(OnMountLaterProbe, { log });
		unmount();
		vi.runAllTimers();
		expect(log).toEqual([]);
	});
});
