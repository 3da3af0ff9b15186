import { describe, expect, it } from 'vitest';
import { moduleFolders } from '../../src/lib/content/files';
import { modules, parseLesson } from '../../src/lib/content/lessons';

const valid = `---
title: Titre
summary: Résumé.
asOf: "2025-12-01"
objectives:
  - id: first
    text: Objectif.
    section: intro
sources: [trt-2025-07-cyberattaque-cpi]
---
<h2 id="intro">Intro</h2>
`;

describe('lesson frontmatter', () => {
	it('accepts a well-formed lesson', () => {
		const lesson = parseLesson(valid, 'lessons/01-x/fr.md');
		expect(lesson.meta.objectives[0].id).toBe('first');
		expect(lesson.sectionIds).toEqual(['intro']);
		expect(lesson.meta.order).toBe(1);
	});

	it.each([
		['asOf: "2025-12-01"', 'asOf: "December"', 'asOf'],
		['title: Titre\n', '', 'title'],
		['sources: [trt-2025-07-cyberattaque-cpi]', 'sources: [no-such-source]', 'no-such-source'],
		['section: intro', 'section: nowhere', 'nowhere'],
		['asOf: "2025-12-01"', 'asOf: "2025-12-01"\norder: 2', 'order: unknown field'],
		['asOf: "2025-12-01"', 'readingTime: 10', 'readingTime: unknown field']
	])('names the file and the field when %s becomes %s', (from, to, field) => {
		const broken = valid.replace(from, to);
		expect(() => parseLesson(broken, 'lessons/01-x/fr.md')).toThrow(/lessons\/01-x\/fr\.md/);
		expect(() => parseLesson(broken, 'lessons/01-x/fr.md')).toThrow(new RegExp(field));
	});

	it('refuses a lesson without frontmatter', () => {
		expect(() => parseLesson('# Hello', 'lessons/01-x/en.md')).toThrow(/frontmatter/);
	});
});

describe('modules', () => {
	it('share their section ids in both languages, so the language switch lands on the same section', () => {
		// (the loader already refuses a module whose objectives differ between fr.md and en.md)
		expect(modules.length).toBeGreaterThan(0);
		for (const module of modules) {
			expect(module.lessons.fr.sectionIds, module.slug).toEqual(module.lessons.en.sectionIds);
		}
	});

	it('take their order from the number of their folder, and refuse a folder without one', () => {
		const file = (folder: string) => ({ [`lessons/${folder}/fr.md`]: '' });
		// by number, not by name: "10-last" comes after "9-ninth"
		expect(moduleFolders({ ...file('10-last'), ...file('9-ninth'), ...file('01-first'), 'lessons/README.md': '' })).toEqual([
			{ slug: '01-first', order: 1 },
			{ slug: '9-ninth', order: 9 },
			{ slug: '10-last', order: 10 }
		]);
		expect(() => moduleFolders(file('reparations'))).toThrow('lessons/reparations: a module folder is named <number>-<slug>');
		expect(() => moduleFolders({ ...file('01-a'), ...file('1-b') })).toThrow(/lessons\/(01-a|1-b): number 1 is also/);
	});
});
