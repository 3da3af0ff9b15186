import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify, parse } from 'yaml';
import { checksForStep, checksKeysFile, checksOf, loadChecks } from './checks';
import { contentFiles } from './files';

const FILE = 'lessons/01-jurisdiction/checks.yaml';
const fixture = readFileSync(path.join(import.meta.dirname, 'test-support', FILE), 'utf8');

/** The site's content with a checks.yaml for module 1 (the fixture, changed by `edit`). */
function withChecks(edit: (file: { module: string; questions: Record<string, unknown>[] }) => void = () => {}, files: Record<string, string> = {}) {
	const data = parse(fixture);
	edit(data);
	return { ...contentFiles, [FILE]: stringify(data), ...files };
}

describe('checks.yaml', () => {
	it('reads a valid file into questions of the quiz model, in the file order', () => {
		const checks = loadChecks(withChecks()).get('01-jurisdiction');
		expect(checks?.questions.map((q) => [q.view.id, q.type])).toEqual([
			['j-check-fixture-1', 'single'],
			['j-check-fixture-2', 'truefalse']
		]);
		expect(checks?.questions[0].key).toMatchObject({ answer: 'treaty' });
	});

	it('refuses an objective that is not one of the lesson objectives', () => {
		const files = withChecks((file) => (file.questions[1].objectives = ['what-is-icc', 'made-up']));
		expect(() => loadChecks(files)).toThrow(
			/lessons\/01-jurisdiction\/checks\.yaml: question "j-check-fixture-2": objectives\[1\]: "made-up" is not an objective of the module's lesson/
		);
	});

	it('refuses an id that a quiz question already has', () => {
		const files = withChecks((file) => (file.questions[0].id = 'j-un-status'));
		expect(() => loadChecks(files)).toThrow(/question "j-un-status": id: "j-un-status" is already a question id in lessons\/01-jurisdiction\/quiz\.yaml/);
	});

	it('refuses an id that another module’s checks already have', () => {
		const other = parse(fixture);
		other.module = '02-cyber';
		other.questions = [other.questions[1]];
		other.questions[0].objectives = ['ignored'];
		const files = withChecks(() => {}, { 'lessons/02-cyber/checks.yaml': stringify(other) });
		expect(() => loadChecks(files)).toThrow(/lessons\/02-cyber\/checks\.yaml: question "j-check-fixture-2": id: "j-check-fixture-2" is already a question id in lessons\/01-jurisdiction\/checks\.yaml/);
	});

	it('refuses the same id twice in the file, as a quiz does', () => {
		const files = withChecks((file) => (file.questions[1].id = 'j-check-fixture-1'));
		expect(() => loadChecks(files)).toThrow(/"j-check-fixture-1" is already the id of questions\[0\]/);
	});

	it('has no pass mark, and names its module by its folder', () => {
		expect(() => loadChecks(withChecks((file) => Object.assign(file, { passMark: 0.7 })))).toThrow(/checks\.yaml: passMark: unknown field/);
		expect(() => loadChecks(withChecks((file) => (file.module = '02-cyber')))).toThrow(/module: "02-cyber" differs from the folder "01-jurisdiction"/);
	});

	it('wants ids that say they are checks', () => {
		expect(() => loadChecks(withChecks((file) => (file.questions[0].id = 'j-fixture-1')))).toThrow(/question "j-fixture-1": id: a check id reads/);
	});

	it('checks the question like a quiz question (a wrong option without feedback)', () => {
		const files = withChecks((file) => delete (file.questions[0].options as { feedback?: unknown }[])[1].feedback);
		expect(() => loadChecks(files)).toThrow(/question "j-check-fixture-1": options\[1\]\.feedback: missing/);
	});

	it('refuses a quotation that is not verbatim in its source', () => {
		const files = withChecks((file) => ((file.questions[1].citations as { quote: string }[])[0].quote = 'qui juge les États'));
		expect(() => loadChecks(files)).toThrow(/question "j-check-fixture-2": quote not found verbatim in rome-statute-fr/);
	});

	it('gives no checks for a module without checks.yaml', () => {
		// every module may be in steps by now: take module 4's checks.yaml away rather than rely on one without it
		const without = Object.fromEntries(Object.entries(contentFiles).filter(([file]) => file !== 'lessons/04-pressure/checks.yaml'));
		expect(loadChecks(contentFiles).has('04-pressure')).toBe(true);
		expect(loadChecks(without).has('04-pressure')).toBe(false);
		expect(checksOf('no-such-module')).toEqual([]);
	});
});

describe('checksForStep', () => {
	const questions = loadChecks(withChecks()).get('01-jurisdiction')!.questions;

	it('gives the step’s questions in its order and language, without their keys', () => {
		const props = checksForStep('01-jurisdiction', ['j-check-fixture-2', 'j-check-fixture-1'], 'en', 'what-is-icc', questions);
		expect(props.questions.map((q) => q.view.id)).toEqual(['j-check-fixture-2', 'j-check-fixture-1']);
		expect(props.questions[1].view.prompt).toEqual({ en: 'A newspaper writes that the ICC is “a UN organ”. What created it?' });
		const json = JSON.stringify(props);
		for (const secret of ['"answer"', 'explanation', 'No: a treaty.', 'citations']) expect(json).not.toContain(secret);
		expect(props.keysUrl).toBe('/en/modules/01-jurisdiction/checks.json');
		expect([...props.optionOrders['j-check-fixture-1']].sort()).toEqual(['charter', 'resolution', 'treaty']);
	});

	it('fixes the display order per step, the same on every build', () => {
		const a = checksForStep('01-jurisdiction', ['j-check-fixture-1'], 'fr', 'what-is-icc', questions);
		const b = checksForStep('01-jurisdiction', ['j-check-fixture-1'], 'en', 'what-is-icc', questions);
		expect(a.optionOrders).toEqual(b.optionOrders);
	});

	it('refuses an id the module’s checks do not have', () => {
		expect(() => checksForStep('01-jurisdiction', ['j-check-nope'], 'fr', 'what-is-icc', questions)).toThrow(/step "what-is-icc": checks: "j-check-nope"/);
	});

	it('keeps the keys apart, in the keys file', () => {
		expect(checksKeysFile('no-such-module', 'fr')).toEqual({ keys: {}, citations: {} });
		const keys = checksKeysFile('04-pressure', 'en');
		expect(keys.keys['p-check-date-1']).toMatchObject({ answer: 23 });
		expect(Object.keys(keys.citations).length).toBeGreaterThan(0);
	});
});
