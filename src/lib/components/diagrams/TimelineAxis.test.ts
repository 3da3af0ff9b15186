import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TimelineAxis from './TimelineAxis.svelte';
import { dayNumber, MAX_GAP, PX_PER_YEAR, spaceEntries } from './timeline-layout';

// given out of order, with a cluster two days apart and a long wait
const entries = [
	{ date: '2024-11-23', label: 'Two days after the warrants' },
	{ date: '2002-07-01', label: 'Entry into force' },
	{ date: '2024-11-21', label: 'Warrants issued' },
	{ date: '1998-07-17', label: 'Statute adopted' },
	{ date: '2025', label: 'A year' },
	{ date: '2024-11', label: 'A month' }
];

describe('spaceEntries', () => {
	it('reads the three date forms', () => {
		expect(dayNumber('1970-01-02')).toBe(1);
		expect(dayNumber('2024')).toBe(dayNumber('2024-01-01'));
		expect(dayNumber('2024-11')).toBe(dayNumber('2024-11-01'));
		expect(() => dayNumber('21/11/2024')).toThrow(/YYYY/);
	});

	it('puts later dates further along, in proportion to the time between, broken when long', () => {
		const spaced = spaceEntries(entries);
		expect(spaced.map((e) => e.date)).toEqual(['1998-07-17', '2002-07-01', '2024-11', '2024-11-21', '2024-11-23', '2025']);
		expect(spaced[0].gap).toBe(0);
		for (const entry of spaced) expect(entry.gap).toBeGreaterThanOrEqual(0);
		// 1998-07-17 → 2002-07-01: about 3.96 years
		expect(spaced[1].gap).toBe(Math.round(((dayNumber('2002-07-01') - dayNumber('1998-07-17')) / 365.25) * PX_PER_YEAR));
		expect(spaced[1].broken).toBe(false);
		// 22 years: capped, and the axis says so
		expect(spaced[2].gap).toBe(MAX_GAP);
		expect(spaced[2].broken).toBe(true);
		// two days apart: almost no blank axis, less than for 20 days, less than for 39 days
		expect(spaced[4].gap).toBeLessThan(spaced[3].gap);
		expect(spaced[3].gap).toBeLessThan(spaced[5].gap);
	});

	it('keeps the given order for entries on the same day', () => {
		const spaced = spaceEntries([
			{ date: '2024-11-21', label: 'first' },
			{ date: '2024-11-21', label: 'second' }
		]);
		expect(spaced.map((e) => e.label)).toEqual(['first', 'second']);
		expect(spaced[1].gap).toBe(0);
	});
});

describe('TimelineAxis', () => {
	it('is a list of dated entries in time order, each label its own item of the flow', () => {
		const { container } = render(TimelineAxis, { entries, lang: 'en', label: 'Timeline' });
		const list = screen.getByRole('list', { name: 'Timeline' });
		expect(list.tagName.toLowerCase()).toBe('ol');
		const items = within(list).getAllByRole('listitem');
		expect(items.map((li) => li.querySelector('.label')?.textContent)).toEqual([
			'Statute adopted',
			'Entry into force',
			'A month',
			'Warrants issued',
			'Two days after the warrants',
			'A year'
		]);
		// each label sits in its own list item, after the previous one's: the page's flow keeps
		// them apart (nothing is positioned absolutely by script, and no style attribute)
		for (const li of items) expect(li.querySelectorAll('.label')).toHaveLength(1);
		expect(container.querySelectorAll('[style]')).toHaveLength(0);
		// the blank axis above each entry is drawn as an SVG height, hidden from screen readers
		const gaps = items.map((li) => Number(li.querySelector('svg.gap')?.getAttribute('height') ?? 0));
		expect(gaps[0]).toBe(0);
		expect(gaps[2]).toBe(MAX_GAP);
		expect(items[2].querySelectorAll('svg.gap line.slash')).toHaveLength(2);
		expect(items[1].querySelector('line.slash')).toBeNull();
		for (const svg of container.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
	});

	it('writes the dates in the page language, with a machine-readable datetime', () => {
		const en = render(TimelineAxis, { entries, lang: 'en' });
		const enDates = [...en.container.querySelectorAll('time')].map((t) => [t.getAttribute('datetime'), t.textContent]);
		expect(enDates).toEqual([
			['1998-07-17', '17 July 1998'],
			['2002-07-01', '1 July 2002'],
			['2024-11', 'November 2024'],
			['2024-11-21', '21 November 2024'],
			['2024-11-23', '23 November 2024'],
			['2025', '2025']
		]);
		en.unmount();
		const fr = render(TimelineAxis, { entries, lang: 'fr' });
		expect([...fr.container.querySelectorAll('time')].map((t) => t.textContent)).toEqual([
			'17 juillet 1998',
			'1er juillet 2002',
			'novembre 2024',
			'21 novembre 2024',
			'23 novembre 2024',
			'2025'
		]);
	});
});
