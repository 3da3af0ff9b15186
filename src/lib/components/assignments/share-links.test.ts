// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classroomShareUrl, teamsShareUrl } from './share-links';

const link = 'https://icc.example.org/fr/assignment/#v2.AbC-_d&x=1';

describe('share links', () => {
	it('give Google Classroom the whole link, fragment included, and the title', () => {
		const url = new URL(classroomShareUrl(link, 'Révision « 1 » & co'));
		expect(url.origin + url.pathname).toBe('https://classroom.google.com/share');
		expect(url.searchParams.get('url')).toBe(link);
		expect(url.searchParams.get('title')).toBe('Révision « 1 » & co');
		expect(url.hash).toBe('');
	});

	it('give Microsoft Teams the whole link and a message', () => {
		const url = new URL(teamsShareUrl(link, 'Devoir'));
		expect(url.origin + url.pathname).toBe('https://teams.microsoft.com/share');
		expect(url.searchParams.get('href')).toBe(link);
		expect(url.searchParams.get('msgText')).toBe('Devoir');
		expect(url.hash).toBe('');
	});
});
