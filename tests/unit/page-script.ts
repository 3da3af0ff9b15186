import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

// The site's plain scripts (src/lib/head/page-start.js, static/enhance.js) run in the test's
// document as a browser runs them, with what they add to the document taken away after each test.

type Listener = [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined];
const added: Listener[] = [];

/** The script's text, from the project root. */
export const pageScript = (path: string) => readFileSync(join(import.meta.dirname, '../..', path), 'utf8');

/** Runs the script, noting the listeners it adds to the document. */
export function runPageScript(source: string): void {
	const add = document.addEventListener.bind(document);
	const spy = vi.spyOn(document, 'addEventListener').mockImplementation((type, listener, options) => {
		added.push([type, listener!, options]);
		add(type, listener!, options);
	});
	try {
		new Function(source)();
	} finally {
		spy.mockRestore();
	}
}

/** Removes every document listener the scripts run so far have added. */
export function removePageScriptListeners(): void {
	for (const [type, listener, options] of added.splice(0)) document.removeEventListener(type, listener, options);
}
