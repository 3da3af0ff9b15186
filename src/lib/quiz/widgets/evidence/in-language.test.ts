// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { samples } from '../../test-support/sample-questions';
import { evidenceKeyIn } from './key-evidence';
import { evidencePublicView } from './public-evidence';

const { view, key } = samples.evidence;

describe('evidence in one language', () => {
	it('keeps each sentence as written and our translation into the page language only', () => {
		const fr = evidencePublicView(view, 'fr');
		expect(fr.sentences[1]).toEqual({ id: 's2', text: 'second', translation: { fr: 'deuxième' } });
		const en = evidencePublicView(view, 'en');
		expect(en.sentences[1]).toEqual({ id: 's2', text: 'second' });
		expect(en.claim).toEqual({ en: 'The Court tries persons.' });
		expect(en.stance).toBe('supports');
	});

	it('gives no answer in the view, and the key its feedback in one language', () => {
		expect(JSON.stringify(evidencePublicView(view, 'fr'))).not.toContain('yes s2');
		const keyEn = evidenceKeyIn(key, 'en');
		expect(keyEn.answer).toEqual(['s2', 's4']);
		expect(keyEn.feedback.s1).toEqual({ en: 'not s1' });
	});
});
