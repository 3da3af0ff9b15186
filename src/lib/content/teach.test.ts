import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentFiles } from './files';
import { modules } from './lessons';
import { casesOf } from './quizzes';
import { packPage, segmentsOf, worksheetItem, keyPage, notInOrder } from './teach-pages';
import { sessionMinutes, plan2x50, plan50, SESSION } from './teach-plan';
import { modulesWithPack, parseTeach, ROLE_CARD_MODULE, teachOf } from './teach';
import { quizOf } from './quizzes';

const FILE = 'lessons/01-jurisdiction/teach.yaml';
const cases = casesOf(ROLE_CARD_MODULE);
/** Module 1's teach.yaml as on disk, changed by `edit`. */
function edited(edit: (raw: Record<string, any>) => void): unknown {
	const raw = parse(contentFiles[FILE]) as Record<string, any>;
	edit(raw);
	return raw;
}
const problemsOf = (raw: unknown): string => {
	try {
		parseTeach(raw, FILE, cases);
		return '';
	} catch (error) {
		return (error as Error).message;
	}
};

describe('teach.yaml', () => {
	it('every module has a teacher pack', () => {
		expect(modulesWithPack()).toEqual(modules.map((m) => m.slug));
	});

	it('accepts module 1’s file as it is', () => {
		expect(problemsOf(edited(() => {}))).toBe('');
	});

	it('names the file and the field of an unknown field', () => {
		expect(problemsOf(edited((raw) => (raw.controversy.sides = [])))).toMatch(/^lessons\/01-jurisdiction\/teach\.yaml: controversy\.sides: unknown field/m);
	});

	it('names a missing language', () => {
		expect(problemsOf(edited((raw) => delete raw.prompts[1].en))).toMatch(/teach\.yaml: prompts\[1\]\.en: missing/);
	});

	it('wants exactly two positions, each sourced', () => {
		expect(problemsOf(edited((raw) => raw.controversy.positions.pop()))).toMatch(/teach\.yaml: controversy\.positions: .*exactly two positions/);
		expect(problemsOf(edited((raw) => (raw.controversy.positions[1].citations = [])))).toMatch(/teach\.yaml: controversy\.positions\[1\]\.citations: a position is sourced/);
	});

	it('refuses a quote that is not verbatim, naming where it stands', () => {
		const message = problemsOf(edited((raw) => (raw.controversy.positions[0].citations[0].quote = 'The State where it happened;')));
		expect(message).toMatch(/teach\.yaml: controversy\.positions\[0\]\.citations\[0\]: quote not found verbatim in rome-statute-en/);
	});

	it('refuses an English quote without its French translation', () => {
		const message = problemsOf(edited((raw) => delete raw.guidance[0].citations[0].translation));
		expect(message).toMatch(/teach\.yaml: guidance\[0\]\.citations\[0\]: quote in en cited on a fr page needs translation\.fr/);
	});

	it('wants the role cards’ case to be a graded case of the navigator', () => {
		expect(problemsOf(edited((raw) => (raw.roleCards.case = 'j-case-nowhere')))).toMatch(/teach\.yaml: roleCards\.case: "j-case-nowhere" is not a graded case of lessons\/01-jurisdiction\/cases\.yaml/);
		expect(problemsOf(edited((raw) => delete raw.roleCards.roles.judge))).toMatch(/teach\.yaml: roleCards\.roles\.judge: missing/);
	});

	it('wants `module` to be the folder’s name', () => {
		expect(problemsOf(edited((raw) => (raw.module = '02-cyber')))).toMatch(/teach\.yaml: module: "02-cyber" differs from the folder "01-jurisdiction"/);
	});
});

describe('the pack is built from the module’s own content', () => {
	it('plans read every step of each module, in order, and every session is 50 minutes', () => {
		for (const module of modules) {
			for (const lang of ['fr', 'en'] as const) {
				const segments = segmentsOf(module, lang);
				const ids = module.steps[lang].map((s) => s.id);
				expect(segments.map((s) => s.id), `${module.slug} ${lang}`).toEqual(ids);
				const quiz = quizOf(module.slug)!.questions;
				for (const plan of [plan50(segments, quiz.length), plan2x50(segments, quiz.map((q) => q.type))]) {
					expect(sessionMinutes(plan).every((m) => m === SESSION), module.slug).toBe(true);
					const covered = plan.sessions.flat().flatMap((row) => [...(row.segments ?? []), ...(row.home ?? [])]);
					expect(covered.map((s) => s.id).sort(), `${module.slug}: every step read, in class or at home`).toEqual([...ids].sort());
				}
			}
		}
	});

	it('a step’s time in the plan is its own reading time, with its checks', () => {
		const module = modules[0];
		const pack = packPage('en', module.slug);
		const first = pack.plans.one[0].find((row) => row.kind === 'read')!.segments![0];
		expect(first.id).toBe(module.steps.en[0].id);
		expect(first.href).toBe(`/en/modules/${module.slug}/${module.steps.en[0].id}/`);
		expect(first.checks).toBe(module.steps.en[0].checks.length);
		expect(pack.checks).toBe(module.steps.en.reduce((sum, s) => sum + s.checks.length, 0));
	});

	it('the role cards show the case’s own facts', () => {
		const pack = packPage('fr', '01-jurisdiction');
		const named = (parse(contentFiles[FILE]) as { roleCards: { case: string } }).roleCards.case;
		const found = cases.find((q) => q.view.id === named)!;
		expect(teachOf('01-jurisdiction')!.roleCards.case).toBe(found);
		expect(pack.roleCards.case.id).toBe(named);
		expect(pack.roleCards.case.facts).toBe(found.view.prompt.fr);
		expect(pack.roleCards.roles.map((r) => r.role)).toEqual(['journalist', 'judge', 'defence', 'victims', 'state']);
	});

	it('the worksheet gives no answer away; the key gives each one, with its sources', () => {
		for (const module of modules) {
			const quiz = quizOf(module.slug)!.questions;
			for (const question of quiz) {
				const item = worksheetItem(question, 1, 'en');
				expect(JSON.stringify(item)).not.toMatch(/"(answer|explanation|feedback|accepted|citations)"/);
				if (question.type === 'ordering') expect(item.items).not.toEqual(question.view.items.map((i) => i.label.en));
				// a line for the article or source under each question that applies a rule (a case asks its own questions)
				expect(item.justify === true, question.view.id).toBe(question.view.scenario && question.type !== 'case');
			}
			const key = keyPage('fr', module.slug);
			expect(key.items).toHaveLength(quiz.length);
			for (const item of key.items) {
				expect(item.answer.length, item.id).toBeGreaterThan(0);
				for (const k of item.citations) expect(key.citations[k], item.id).toBeDefined();
			}
		}
	});

	it('never prints ordering items in their order, even when the shuffle would', () => {
		expect(notInOrder(['a', 'b'], 'x')).not.toEqual(['a', 'b']);
	});
});
