import { describe, expect, it } from 'vitest';
import { readProps } from './hydrate-islands';

// Hydration itself is tried in a real browser by the end-to-end tests (every interactive page is
// an island); here, the props an island reads from its element.
describe('readProps', () => {
	const element = (value: string | null) => {
		const div = document.createElement('div');
		if (value !== null) div.setAttribute('data-props', value);
		return div;
	};

	it('reads an object', () => {
		expect(readProps(element('{"lang":"en","n":2}'))).toEqual({ lang: 'en', n: 2 });
	});

	it('reads a missing attribute as no props', () => {
		expect(readProps(element(null))).toEqual({});
	});

	it.each(['not json', '[1,2]', 'null', '"text"', '3'])('refuses %s', (value) => {
		expect(readProps(element(value))).toBeUndefined();
	});
});
