import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n';
import { complementarityText } from './complementarity-data';
import { diagrams } from './index';
import { box, textWidth, wrap } from './layout';
import { preconditionsText } from './preconditions-data';
import { routesText } from './routes-data';

const texts = { routes: routesText, preconditions: preconditionsText, complementarity: complementarityText };
const names = Object.keys(diagrams) as (keyof typeof diagrams)[];
const langs: Locale[] = ['fr', 'en'];

/** Every string of a diagram's data that is drawn (all but the title, description and caption). */
function drawnStrings(data: object): string[] {
	const out: string[] = [];
	const walk = (value: unknown, key?: string) => {
		if (typeof value === 'string') {
			if (!['title', 'desc', 'caption'].includes(key ?? '')) out.push(value);
		} else if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value)) walk(v, Array.isArray(value) ? key : k);
		}
	};
	walk(data);
	return out;
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

type Rect = { x: number; y: number; w: number; h: number };
const rectOf = (el: Element): Rect => ({
	x: Number(el.getAttribute('x')),
	y: Number(el.getAttribute('y')),
	w: Number(el.getAttribute('width')),
	h: Number(el.getAttribute('height'))
});
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe.each(names)('diagram %s', (name) => {
	describe.each(langs)('in %s', (lang) => {
		const data = texts[name][lang];

		it('is one image named by its title and described by its text equivalent, with a caption', () => {
			const { container } = render(diagrams[name], { lang });
			const image = screen.getByRole('img', { name: data.title, description: data.desc });
			expect(image.tagName.toLowerCase()).toBe('svg');
			expect(image.querySelector('title')?.textContent).toBe(data.title);
			expect(image.querySelector('desc')?.textContent).toBe(data.desc);
			expect(container.querySelector('figure > figcaption')?.textContent).toBe(data.caption);
			// the other language's title is not there
			const other = texts[name][lang === 'fr' ? 'en' : 'fr'];
			expect(container.textContent).not.toContain(other.title);
		});

		it('draws every label as real text, line by line, inside its box', () => {
			const { container } = render(diagrams[name], { lang });
			const svg = container.querySelector('svg')!;
			expect(svg.querySelector('image, foreignObject, use')).toBeNull();
			const drawn = squash([...svg.querySelectorAll('text')].map((t) => t.textContent).join(' '));
			for (const label of drawnStrings(data)) expect(drawn).toContain(squash(label));
			const boxes = [...svg.querySelectorAll('rect.box')];
			expect(boxes.length).toBeGreaterThanOrEqual(4);
			for (const text of svg.querySelectorAll('rect.box ~ text')) {
				const x = Number(text.getAttribute('x'));
				const y = Number(text.getAttribute('y'));
				const home = boxes.map(rectOf).find((r) => x > r.x && x < r.x + r.w && y > r.y && y < r.y + r.h);
				if (!home) continue; // an answer beside an arrow ("Yes", "No")
				expect(x + textWidth(text.textContent!, 14, text.classList.contains('strong')), text.textContent!).toBeLessThanOrEqual(home.x + home.w);
			}
		});

		it('has no box over another and fits its viewBox', () => {
			const { container } = render(diagrams[name], { lang });
			const svg = container.querySelector('svg')!;
			const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
			const rects = [...svg.querySelectorAll('rect.box')].map(rectOf);
			rects.forEach((a, i) => {
				expect(a.x).toBeGreaterThanOrEqual(0);
				expect(a.x + a.w).toBeLessThanOrEqual(width);
				expect(a.y + a.h).toBeLessThanOrEqual(height);
				rects.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false));
			});
		});

		it('writes no style attribute (strict CSP) and sets no colour in markup', () => {
			const { container } = render(diagrams[name], { lang });
			expect(container.querySelectorAll('[style]')).toHaveLength(0);
			expect(container.querySelectorAll('[fill], [stroke], [color]')).toHaveLength(0);
		});
	});
});

describe('wrapping', () => {
	it('keeps every word, in order, in lines no wider than asked', () => {
		const text = 'The UN Security Council refers a situation to the Prosecutor, acting under Chapter VII';
		const lines = wrap(text, 150, 14);
		expect(lines.length).toBeGreaterThan(2);
		expect(lines.join(' ')).toBe(text);
		for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
	});

	it('makes a box taller for more lines', () => {
		const short = box(0, 0, 300, [{ text: 'art. 16', kind: 'note' }]);
		const long = box(0, 0, 300, [{ text: 'words '.repeat(40), kind: 'plain' }]);
		expect(long.lines.length).toBeGreaterThan(3);
		expect(long.h).toBeGreaterThan(short.h + 2 * 19);
		expect(long.lines.at(-1)!.y).toBeLessThan(long.h);
	});
});
