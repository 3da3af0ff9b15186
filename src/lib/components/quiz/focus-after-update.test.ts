// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { focusAfterUpdate } from './focus-after-update';

beforeEach(() => {
	document.body.innerHTML = '<button id="check">Check</button><h3 id="verdict" tabindex="-1">Right</h3>';
	document.getElementById('check')!.focus();
});

describe('focusAfterUpdate', () => {
	it('lets go of the focused control at once, before the page changes, then focuses the target', async () => {
		const moved = focusAfterUpdate(() => document.getElementById('verdict'));
		// synchronously: the pressed control no longer has the focus (its removal will not restyle the page)
		expect(document.activeElement).toBe(document.body);
		document.getElementById('check')!.remove();
		await moved;
		expect(document.activeElement).toBe(document.getElementById('verdict'));
	});

	it('gives the focus back to the control when there is no target and the control is still there', async () => {
		await focusAfterUpdate(() => null);
		expect(document.activeElement).toBe(document.getElementById('check'));
	});
});
