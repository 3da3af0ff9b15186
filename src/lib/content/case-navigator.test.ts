// @vitest-environment node
// Cases walked on the navigator's model (case-navigator.ts): the model, not the case, says where
// the facts lead; a path the model does not follow, or that leads elsewhere, fails the build.
import { describe, expect, it } from 'vitest';
import type { NavGraph } from '../navigator/types';
import { decodePath } from '../navigator/share';
import type { Question } from '$lib/quiz/types';
import { linkCasesToNavigator } from './case-navigator';
import { navigator } from './navigator';
import { casesOf, quizOf } from './quizzes';

/** A question of a test graph: its id, and where each answer leads. */
const ask = (id: string, next: Record<string, string>) => ({
	id,
	article: 'art. x',
	step: 's',
	prompt: `${id}?`,
	help: '',
	options: Object.entries(next).map(([option, to]) => ({ id: option, label: option, next: to })),
	citations: ['c']
});
const graph: NavGraph<string, string> = {
	start: 'crime',
	questions: {
		crime: ask('crime', { atrocity: 'link', other: 'not-a-crime' }),
		link: ask('link', { territory: 'can-act', none: 'no-link' })
	},
	outcomes: {
		'not-a-crime': { id: 'not-a-crime', verdict: 'cannot-act', article: 'art. 5', text: '', citations: ['c'] },
		'can-act': { id: 'can-act', verdict: 'can-act', article: 'art. 17', text: '', citations: ['c'] },
		'no-link': { id: 'no-link', verdict: 'cannot-act', article: 'art. 12', text: '', citations: ['c'] }
	}
};

function aCase(id: string, navigator?: { path: string[]; at: string }): Question {
	return {
		type: 'case',
		view: { id, objectives: ['o'], scenario: true, prompt: { fr: 'F', en: 'F' }, hints: [], type: 'case', decisions: [] },
		key: { citations: [], explanation: { fr: 'E', en: 'E' }, type: 'case', answer: {}, feedback: {}, decisionCitations: {}, ...(navigator ? { navigator } : {}) }
	} as Question;
}

describe('a case walked on the navigator', () => {
	it('gets the navigator\'s link for its facts, as far as they go', () => {
		const [partial, whole, none] = linkCasesToNavigator(
			[aCase('x-case-a', { path: ['atrocity'], at: 'link' }), aCase('x-case-b', { path: ['atrocity', 'territory'], at: 'can-act' }), aCase('x-case-c')],
			graph,
			'lessons/x/quiz.yaml'
		);
		const share = (q: Question) => (q.type === 'case' ? q.key.navigator?.share : undefined);
		expect(decodePath(graph, share(partial))).toEqual({ ok: true, path: ['atrocity'] });
		expect(decodePath(graph, share(whole))).toEqual({ ok: true, path: ['atrocity', 'territory'] });
		expect(none.type === 'case' && none.key.navigator).toBeFalsy();
	});

	it('fails the build, naming the file, the case and the answer, when the model goes elsewhere', () => {
		expect(() => linkCasesToNavigator([aCase('x-case-a', { path: ['atrocity', 'territory'], at: 'no-link' })], graph, 'lessons/x/quiz.yaml')).toThrow(
			'lessons/x/quiz.yaml: x-case-a.navigator: at: these answers lead to outcome "can-act", not "no-link"'
		);
		expect(() => linkCasesToNavigator([aCase('x-case-b', { path: ['atrocity', 'nationality'], at: 'can-act' })], graph, 'lessons/x/quiz.yaml')).toThrow(
			'x-case-b.navigator: path[1]: "nationality" is not an answer there'
		);
		expect(() => linkCasesToNavigator([aCase('x-case-c', { path: ['other', 'territory'], at: 'can-act' })], graph, 'f')).toThrow(/path\[1\]/);
	});
});

describe('the site\'s cases on the site\'s navigator', () => {
	// issue 23: module 2's classification cases share the navigator's model rather than copy it
	it('module 2\'s cyber cases all walk the navigator, each to where its facts stop', () => {
		const cyber = (quizOf('02-cyber')?.questions ?? []).filter((q) => q.type === 'case');
		expect(cyber.length).toBeGreaterThanOrEqual(5);
		for (const question of cyber) {
			expect(question.type === 'case' && question.key.navigator?.share, question.view.id).toBeTruthy();
			if (question.type !== 'case' || !question.key.navigator) continue;
			const decoded = decodePath(navigator!, question.key.navigator.share);
			expect(decoded, question.view.id).toEqual({ ok: true, path: question.key.navigator.path });
		}
	});

	// module 1's graded cases: each fictional one-rule case whose facts settle every question before
	// its rule reaches that rule's node of the navigator (articles 11(2), 124, 16, 26, 15(4), 12(2)
	// and 13(b)); the others stop earlier, where their facts stop
	it('module 1\'s cases reach, on the navigator, the rule they test where their facts allow it', () => {
		const reached = new Map(
			casesOf('01-jurisdiction').flatMap((q) => (q.type === 'case' && q.key.navigator ? [[q.view.id, q.key.navigator.at] as const] : []))
		);
		expect(reached.get('j-case-before-joining')).toBe('before-joined');
		expect(reached.get('j-case-article-124')).toBe('war-crimes-set-aside');
		expect(reached.get('j-case-deferral')).toBe('deferred');
		expect(reached.get('j-case-under-18')).toBe('under-18');
		expect(reached.get('j-case-proprio-motu')).toBe('authorisation');
		expect(reached.get('j-case-cyber-hospital')).toBe('link');
		expect(reached.get('j-case-security-council-referral')).toBe('deferral');
		expect(reached.size).toBeGreaterThanOrEqual(15);
	});
});
