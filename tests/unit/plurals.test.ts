import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages.js';

// Plurals are chosen by the i18n library (Paraglide's `plural` selector, CLDR rules), never
// written as "question(s)". French counts 0 and 1 as singular, English only 1.
const root = join(import.meta.dirname, '../..');

describe('plurals', () => {
	it.each(['fr', 'en'] as const)('messages/%s.json writes no "(s)"-style plural', (lang) => {
		const text = readFileSync(join(root, `messages/${lang}.json`), 'utf8');
		expect(text.match(/\w\((s|es|x|e|zes)\)/g) ?? []).toEqual([]);
	});

	it('says "1 question" and "3 questions" in English', () => {
		expect(m.review_due({ count: 1 }, { locale: 'en' })).toBe('1 question to review today');
		expect(m.review_due({ count: 3 }, { locale: 'en' })).toBe('3 questions to review today');
		expect(m.teach_sheet_questions({ count: 1 }, { locale: 'en' })).toBe('1 question');
		expect(m.teach_sheet_questions({ count: 3 }, { locale: 'en' })).toBe('3 questions');
		expect(m.search_results({ count: 0 }, { locale: 'en' })).toBe('0 results');
	});

	it('says "1 question" and "3 questions" in French, and 0 in the singular', () => {
		expect(m.review_due({ count: 1 }, { locale: 'fr' })).toBe('1 question à réviser aujourd’hui');
		expect(m.review_due({ count: 3 }, { locale: 'fr' })).toBe('3 questions à réviser aujourd’hui');
		expect(m.review_mistakes({ count: 3 }, { locale: 'fr' })).toBe('3 questions manquées lors de votre dernière réponse');
		expect(m.search_results({ count: 0 }, { locale: 'fr' })).toBe('0 résultat');
	});

	it('chooses each count of a message with several on its own', () => {
		expect(m.teach_loaded({ files: 1, receipts: 4 }, { locale: 'fr' })).toBe('1 fichier lu : 4 reçus utilisés.');
		expect(m.teach_loaded({ files: 2, receipts: 1 }, { locale: 'en' })).toBe('2 files read: 1 receipt used.');
		expect(m.progress_import_done({ modules: 1, items: 2, attempts: 1 }, { locale: 'en' })).toMatch(/^Imported: 1 module, 2 questions and 1 quiz in progress,/);
	});
});
