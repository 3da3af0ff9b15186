import { describe, expect, it } from 'vitest';
import { modules, parseLesson } from '../../src/lib/content/lessons';

const valid = `---
title: Titre
summary: Résumé.
order: 1
readingTime: 10
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
	});

	it.each([
		['readingTime: 10', 'readingTime: "ten"', 'readingTime'],
		['title: Titre\n', '', 'title'],
		['sources: [trt-2025-07-cyberattaque-cpi]', 'sources: [no-such-source]', 'no-such-source'],
		['section: intro', 'section: nowhere', 'nowhere'],
		['order: 1', 'order: 0', 'order']
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
	it('exist in both languages with the same objectives', () => {
		expect(modules.length).toBeGreaterThan(0);
		for (const module of modules) {
			expect(module.lessons.fr.meta.objectives.map((o) => o.id)).toEqual(
				module.lessons.en.meta.objectives.map((o) => o.id)
			);
			// Both languages share section ids, so the language switch lands on the same section.
			expect(module.lessons.fr.sectionIds).toEqual(module.lessons.en.sectionIds);
		}
	});
});
