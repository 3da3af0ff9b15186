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

describe('module 2’s pictures', () => {
	const picture = (name: string) => diagramsOf('02-cyber').find((d) => d.name === name)!;

	it.each(langs)('cyber-questions asks the four questions in order, each with its articles (%s)', (lang) => {
		const text = diagramIn(picture('cyber-questions'), lang);
		const { container } = draw(picture('cyber-questions'), text);
		const svg = screen.getByRole('img', { name: text.title });
		const boxes = [...svg.querySelectorAll('rect.box')];
		expect(boxes).toHaveLength(4);
		const ys = boxes.map((r) => Number(r.getAttribute('y')));
		expect([...ys].sort((a, b) => a - b)).toEqual(ys);
		// each box's head is drawn, top to bottom, in the order crime, link, who, admissible
		const heads = [text.boxes.crime, text.boxes.link, text.boxes.who, text.boxes.admissible].map((b) => squash(b.head));
		const strong = squash([...svg.querySelectorAll('text.strong')].map((t) => t.textContent).join(' '));
		let from = 0;
		for (const head of heads) {
			const at = strong.indexOf(head, from);
			expect(at, head).toBeGreaterThanOrEqual(from);
			from = at + head.length;
		}
		// three arrows join the four questions
		expect(svg.querySelectorAll('path.arrow')).toHaveLength(3);
		expect(container.querySelector('figcaption')?.textContent).toMatch(/70/);
	});

	it.each(langs)('borders says of each State, in words, whether it is a Party, and draws a Party as such (%s)', (lang) => {
		const text = diagramIn(picture('borders'), lang);
		draw(picture('borders'), text);
		const svg = screen.getByRole('img', { name: text.title, description: text.desc });
		const rects = [...svg.querySelectorAll('rect.box')];
		const states = [text.boxes.operator, text.boxes.servers, text.boxes.victims];
		// the States are the first three boxes, top to bottom
		states.forEach((state, index) => {
			const r = rectOf(rects[index]);
			const inside = [...svg.querySelectorAll('text')].filter((t) => {
				const y = Number(t.getAttribute('y'));
				return y > r.y && y < r.y + r.h;
			});
			const words = squash(inside.map((t) => t.textContent).join(' '));
			expect(words).toContain(squash(state.head));
			expect(words).toContain(state.party ? text.words.party : text.words['non-party']);
			expect(words).not.toContain(state.party ? text.words['non-party'] : `${text.words.party} `);
			expect(rects[index].classList.contains('court')).toBe(state.party);
		});
		// the example has both kinds of State, or it shows nothing
		expect(new Set(states.map((s) => s.party))).toEqual(new Set([true, false]));
		// the text alternative says the same: each State and its status
		for (const state of states) expect(text.desc).toContain(state.head.split(/[:\u202f]/)[0].trim());
		// the approach is drawn, and its being untested, in a dashed box
		expect(rects.at(-1)!.classList.contains('aside')).toBe(true);
		expect(squash(svg.textContent!)).toContain(squash(text.boxes.untested.head));
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
