import { vi } from 'vitest';

// The site's page scripts (src/lib/head/page-start.ts, src/lib/head/enhance.ts) run in the test's
// document, with the listeners they add to the document taken away after each test.

type Listener = [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined];
const added: Listener[] = [];

/** Runs the script (a function, or a script's text), noting the listeners it adds to the document. */
export function runPageScript(script: string | (() => void)): void {
	const add = document.addEventListener.bind(document);
	const spy = vi.spyOn(document, 'addEventListener').mockImplementation((type, listener, options) => {
		added.push([type, listener!, options]);
		add(type, listener!, options);
	});
	try {
		(typeof script === 'string' ? new Function(script) : script)();
	} finally {
		spy.mockRestore();
	}
}

/** Removes every document listener the scripts run so far have added. */
export function removePageScriptListeners(): void {
	for (const [type, listener, options] of added.splice(0)) document.removeEventListener(type, listener, options);
}
