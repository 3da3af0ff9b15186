import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import BarChart from './BarChart.svelte';

describe('BarChart', () => {
	const bars = [
		{ label: 'Q1', value: 100, text: '100 %' },
		{ label: 'Q2', value: 25, text: '25 %', flagged: true },
		{ label: 'Q3', value: 0, text: '0 %', flagged: true }
	];

	it('is one image labelled with what it shows', () => {
		render(BarChart, { bars, max: 100, label: 'Part des élèves ayant juste', threshold: 50 });
		const chart = screen.getByRole('img', { name: 'Part des élèves ayant juste' });
		expect(chart.tagName.toLowerCase()).toBe('svg');
	});

	it('draws bars in proportion, flags some and draws the threshold', () => {
		const { container } = render(BarChart, { bars, max: 100, label: 'x', threshold: 50 });
		const drawn = [...container.querySelectorAll('rect.bar')];
		expect(drawn).toHaveLength(3);
		const widths = drawn.map((rect) => Number(rect.getAttribute('width')));
		expect(widths[0]).toBeGreaterThan(0);
		expect(widths[1]).toBeCloseTo(widths[0] / 4);
		expect(widths[2]).toBe(0);
		expect(container.querySelectorAll('rect.flagged')).toHaveLength(2);
		const line = container.querySelector('line.threshold')!;
		expect(Number(line.getAttribute('x1'))).toBeCloseTo(64 + widths[0] / 2);
		expect([...container.querySelectorAll('text.value')].map((t) => t.textContent?.trim())).toEqual(['100 %', '25 % !', '0 % !']);
	});

	it('copes with an empty chart and a zero maximum', () => {
		const { container } = render(BarChart, { bars: [{ label: 'a', value: 3, text: '3' }], max: 0, label: 'x' });
		expect(container.querySelector('rect.bar')?.getAttribute('width')).toBe('0');
		expect(container.querySelector('line')).toBeNull();
	});
});
