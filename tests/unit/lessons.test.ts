import { describe, expect, it } from 'vitest';
import { moduleFolders } from '../../src/lib/content/files';
import { modules, parseLesson, stepsOfModules } from '../../src/lib/content/lessons';
import { loadSteps } from '../../src/lib/content/steps';

const valid = `---
title: Titre
summary: Résumé.
asOf: "2025-12-01"
objectives:
  - id: first
    text: Objectif.
    step: intro
sources: [trt-2025-07-cyberattaque-cpi]
---
`;
const stepText = '---\ntitle: Intro\nobjectives: [first]\n---\nUn deux trois.\n';
/** A module folder with its lesson files and, when `withSteps`, one step in both languages. */
const moduleFiles = (slug: string, withSteps = true): Record<string, string> => ({
	[`lessons/${slug}/fr.md`]: valid,
	[`lessons/${slug}/en.md`]: valid,
	...(withSteps ? { [`lessons/${slug}/steps/01-intro/fr.md`]: stepText, [`lessons/${slug}/steps/01-intro/en.md`]: stepText } : {})
});
const steps = loadSteps(moduleFiles('01-x')).get('01-x')!.fr;

describe('lesson frontmatter', () => {
	it('accepts a well-formed lesson', () => {
		const lesson = parseLesson(valid, 'lessons/01-x/fr.md', steps);
		expect(lesson.meta.objectives[0].id).toBe('first');
		expect(lesson.meta.objectives[0].step).toBe('intro');
		expect(lesson.meta.order).toBe(1);
	});

	it.each([
		['asOf: "2025-12-01"', 'asOf: "December"', 'asOf'],
		['title: Titre\n', '', 'title'],
		['sources: [trt-2025-07-cyberattaque-cpi]', 'sources: [no-such-source]', 'no-such-source'],
		['step: intro', 'step: nowhere', 'nowhere'],
		['step: intro', '', 'step'],
		['asOf: "2025-12-01"', 'asOf: "2025-12-01"\norder: 2', 'order: unknown field'],
		['asOf: "2025-12-01"', 'readingTime: 10', 'readingTime: unknown field']
	])('names the file and the field when %s becomes %s', (from, to, field) => {
		const broken = valid.replace(from, to);
		expect(() => parseLesson(broken, 'lessons/01-x/fr.md', steps)).toThrow(/lessons\/01-x\/fr\.md/);
		expect(() => parseLesson(broken, 'lessons/01-x/fr.md', steps)).toThrow(new RegExp(field));
	});

	it('refuses a lesson without frontmatter', () => {
		expect(() => parseLesson('# Hello', 'lessons/01-x/en.md', steps)).toThrow(/frontmatter/);
	});
});

describe('modules', () => {
	it('are each in steps, in both languages', () => {
		expect(modules.length).toBeGreaterThan(0);
		for (const module of modules) {
			expect(module.steps.fr.length, module.slug).toBeGreaterThan(0);
			expect(module.steps.fr.map((s) => s.id), module.slug).toEqual(module.steps.en.map((s) => s.id));
		}
	});

	it('refuse a module folder without steps/, naming it (the lesson in one piece is gone)', () => {
		const files = { ...moduleFiles('01-first'), ...moduleFiles('02-second', false) };
		expect(() => stepsOfModules(moduleFolders(files), loadSteps(files))).toThrow(/^lessons\/02-second: no steps\/ folder/);
		const whole = { ...moduleFiles('01-first'), ...moduleFiles('02-second') };
		expect(stepsOfModules(moduleFolders(whole), loadSteps(whole)).map((s) => s.fr.map((step) => step.id))).toEqual([['intro'], ['intro']]);
	});

	it('refuse a steps/ folder outside a module folder', () => {
		const files = { ...moduleFiles('01-first'), 'lessons/stray/steps/01-intro/fr.md': stepText, 'lessons/stray/steps/01-intro/en.md': stepText };
		const folders = moduleFolders(moduleFiles('01-first'));
		expect(() => stepsOfModules(folders, loadSteps(files))).toThrow('lessons/stray/steps: not in a module folder');
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
