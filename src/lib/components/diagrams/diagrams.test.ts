import { render, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import { diagramIn, diagramsOf, type DiagramContent } from '$lib/content/diagrams';
import type { DiagramText } from '$lib/content/diagram-types';
import { moduleFolders } from '$lib/content/files';
import type { Locale } from '$lib/i18n';
import { diagrams } from './index';
import { box, textWidth, wrap } from './layout';

// Every picture of every module's diagrams.yaml, drawn with its own words in each language.
const pictures: [string, DiagramContent][] = moduleFolders().flatMap(({ slug }) => diagramsOf(slug).map((d): [string, DiagramContent] => [`${slug}: ${d.name}`, d]));
const langs: Locale[] = ['fr', 'en'];
const draw = (diagram: DiagramContent, text: DiagramText) => render(diagrams[diagram.name] as Component<{ text: DiagramText }>, { text });

/** Every string of a picture that is drawn: its boxes' words and its words beside arrows (the
 * words that say whether a State is a Party are checked box by box, below). */
function drawnStrings(text: DiagramText): string[] {
	const boxes = Object.values(text.boxes).flatMap((b) => [b.head, b.detail, b.articles].filter((s): s is string => s !== undefined));
	const words = Object.entries(text.words)
		.filter(([id]) => id !== 'party' && id !== 'non-party')
		.map(([, word]) => word);
	return [...boxes, ...words];
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

it('covers every picture a step may name', () => {
	expect(new Set(pictures.map(([, d]) => d.name))).toEqual(new Set(Object.keys(diagrams)));
});

describe.each(pictures)('diagram %s', (_, diagram) => {
	describe.each(langs)('in %s', (lang) => {
		const data = diagramIn(diagram, lang);

		it('is one image named by its title and described by its text equivalent, with a caption', () => {
			const { container } = draw(diagram, data);
			const image = screen.getByRole('img', { name: data.title, description: data.desc });
			expect(image.tagName.toLowerCase()).toBe('svg');
			expect(image.querySelector('title')?.textContent).toBe(data.title);
			expect(image.querySelector('desc')?.textContent).toBe(data.desc);
			expect(container.querySelector('figure > figcaption')?.textContent).toBe(data.caption);
			// the other language's title is not there
			const other = diagramIn(diagram, lang === 'fr' ? 'en' : 'fr');
			expect(container.textContent).not.toContain(other.title);
		});

		it('draws every label as real text, line by line, inside its box', () => {
			const { container } = draw(diagram, data);
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
			const { container } = draw(diagram, data);
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
			const { container } = draw(diagram, data);
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

	it('never breaks a line at a no-break space (French « crime ? »)', () => {
		const lines = wrap('Quel crime\u202f? Quel lien\u202f? Qui est responsable\u202f?', 60, 14);
		for (const line of lines) expect(line.startsWith('?')).toBe(false);
		expect(lines.join(' ')).toBe('Quel crime\u202f? Quel lien\u202f? Qui est responsable\u202f?');
	});

	it('makes a box taller for more lines', () => {
		const short = box(0, 0, 300, [{ text: 'art. 16', kind: 'note' }]);
		const long = box(0, 0, 300, [{ text: 'words '.repeat(40), kind: 'plain' }]);
		expect(long.lines.length).toBeGreaterThan(3);
		expect(long.h).toBeGreaterThan(short.h + 2 * 19);
		expect(long.lines.at(-1)!.y).toBeLessThan(long.h);
	});
});
