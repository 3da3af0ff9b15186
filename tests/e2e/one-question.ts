import type { Page } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/assignments/assignment';
import { testAssignment } from '../support/assignment';
import { messages } from '../support/messages';
import { press } from './keyboard';

/**
 * One question of a module, opened as a student opens a teacher's assignment of it on a phone: the
 * link, the name and class, then Start, by keyboard — the same quiz screen as the module's quiz,
 * with every answer shown after each check and retries allowed.
 */
export async function openOneQuestion(page: Page, lang: 'fr' | 'en', module: string, questionId: string): Promise<void> {
	const m = messages[lang];
	const assignment = testAssignment({ id: `one${questionId.toLowerCase().replace(/[^a-z0-9]/g, '')}`.slice(0, 10).padEnd(10, '0'), title: 'One question', lang, modules: [module], questions: { mode: 'pick', ids: [questionId] }, reveal: 'each', retries: true });
	await page.goto(`/${lang}/assignment/#${encodeAssignment(assignment)}`);
	await page.getByRole('button', { name: m.assignment_start }).click();
	await page.getByLabel(m.assignment_name!).fill('Ada Martin');
	await page.getByLabel(m.assignment_class!).fill('T2');
	await press(page, page.getByRole('button', { name: m.assignment_start }));
	await press(page, page.getByRole('button', { name: m.quiz_start, exact: true }));
}
