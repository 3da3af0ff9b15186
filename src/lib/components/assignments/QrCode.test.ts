import { render, screen } from '@testing-library/svelte';
import fc from 'fast-check';
import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { assignmentPath, type Assignment } from '$lib/assignments/assignment';
import { testAssignment } from '$lib/assignments/test-support/fixtures';
import QrCode from './QrCode.svelte';
import { qrCode, qrMatrix, qrPath } from './qr';

const link = 'https://example.org/fr/assignment/#v2.yAIHQG1d0O6tRgXsBtIGBAJYA38EvwUXIENvbXDDqXRlbmNlIGV0IGN5YmVyIDogcsOpdmlzaW9u.CVQ-dE';

/** The side of the code qrcode-generator makes at one level of correction. */
function sideAt(text: string, level: 'L' | 'M'): number {
	const qr = qrcode(0, level);
	qr.addData(text, 'Byte');
	qr.make();
	return qr.getModuleCount();
}

// A site on a host of 33 characters (as long as `https://icc-explainer.netlify.app`): longer than
// most, so that the bound holds for shorter ones too.
const origin = 'https://icc-explainer.example.org';
const slugs = ['01-jurisdiction', '02-cyber', '03-sanctions', '04-pressure'];
const typical = testAssignment({
	id: 'k3j5h7g9f1',
	title: 'Compétence et cyber : révision',
	lang: 'fr',
	modules: slugs.slice(0, 3),
	questions: { mode: 'random', perModule: 5 },
	passMark: 0.7,
	attempts: 2,
	reveal: 'each',
	retries: false,
	due: '2025-03-14',
	createdAt: '2025-03-01T00:00:00.000Z'
});

/** The 7×7 finder pattern: dark ring, light ring, dark 3×3 centre. */
function finderAt(matrix: boolean[][], top: number, left: number): boolean {
	for (let y = 0; y < 7; y++) {
		for (let x = 0; x < 7; x++) {
			const ring = Math.max(Math.abs(y - 3), Math.abs(x - 3));
			if (matrix[top + y][left + x] !== (ring !== 2)) return false;
		}
	}
	return true;
}

describe('qrMatrix', () => {
	it('makes a square QR code with its three finder patterns', () => {
		const matrix = qrMatrix(link)!;
		const n = matrix.length;
		expect(n).toBeGreaterThanOrEqual(21);
		expect((n - 17) % 4).toBe(0);
		expect(matrix.every((row) => row.length === n)).toBe(true);
		expect(finderAt(matrix, 0, 0)).toBe(true);
		expect(finderAt(matrix, 0, n - 7)).toBe(true);
		expect(finderAt(matrix, n - 7, 0)).toBe(true);
	});

	it('is the same for the same text', () => {
		expect(qrMatrix(link)).toEqual(qrMatrix(link));
	});

	it('uses correction L, or M when M takes no more modules, and gives up beyond any QR code', () => {
		// 150 characters: M needs a larger version (49 modules against 45), so L
		const long = `${origin}${'/x'.repeat(58)}`;
		expect(sideAt(long, 'M')).toBeGreaterThan(sideAt(long, 'L'));
		expect(qrCode(long)).toMatchObject({ level: 'L' });
		expect(qrMatrix(long)!.length).toBe(sideAt(long, 'L'));
		// 20 characters fit M's smallest code as well as L's: M's extra margin is free
		expect(sideAt('https://example.org/', 'M')).toBe(sideAt('https://example.org/', 'L'));
		expect(qrCode('https://example.org/')).toMatchObject({ level: 'M' });
		expect(qrMatrix('x'.repeat(1000))!.length).toBeLessThanOrEqual(177);
		expect(qrMatrix('x'.repeat(3000))).toBeNull();
	});

	// A v1 link made a code of 73–81 modules; at the same size on the wall, fewer modules are larger
	// ones, which is what a phone at the back of the room needs.
	it('makes at most a version 7 code (45 × 45 modules) for a realistic link, version 6 (41) for a short title', () => {
		const full = `${origin}${assignmentPath('fr', typical)}`;
		expect(full.length).toBeLessThanOrEqual(140);
		expect(qrMatrix(full)!.length).toBeLessThanOrEqual(45);
		expect(qrMatrix(`${origin}${assignmentPath('fr', { ...typical, title: 'Révision CPI' })}`)!.length).toBeLessThanOrEqual(41);
		// any assignment without a note, titled in up to 30 characters of French or English
		const titleChars = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 éèêàâîôùûçÉÀ’«»:,.!?-'];
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom(...titleChars), minLength: 1, maxLength: 30, size: 'max' }),
				fc.uniqueArray(fc.constantFrom(...slugs), { minLength: 2, maxLength: 4 }),
				fc.integer({ min: 1, max: 50 }),
				fc.constantFrom('each' as const, 'end' as const, 'never' as const),
				(title, modules, perModule, reveal) => {
					const a: Assignment = { ...typical, title, modules, questions: { mode: 'random', perModule }, reveal, retries: reveal === 'each' };
					expect(qrMatrix(`${origin}${assignmentPath(a.lang, a)}`)!.length).toBeLessThanOrEqual(45);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('draws one rectangle per run of dark modules, inside the quiet zone', () => {
		expect(qrPath([[true, true, false, true]], 4)).toBe('M4 4h2v1h-2zM7 4h1v1h-1z');
		expect(qrPath([[false]])).toBe('');
	});
});

describe('QrCode', () => {
	it('is one labelled image drawn in SVG, dark on white', () => {
		const { container } = render(QrCode, { text: link, label: 'QR code du lien', tooLong: 'trop long' });
		const image = screen.getByRole('img', { name: 'QR code du lien' });
		expect(image.tagName.toLowerCase()).toBe('svg');
		const n = Number(image.getAttribute('data-modules'));
		expect(image.getAttribute('viewBox')).toBe(`0 0 ${n + 8} ${n + 8}`);
		expect(image.getAttribute('data-level')).toBe(qrCode(link)!.level);
		expect(container.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
		expect(container.querySelector('path')?.getAttribute('d')).toBe(qrPath(qrMatrix(link)!, 4));
		expect(screen.queryByText('trop long')).toBeNull();
	});

	it('says so when the text is too long for a QR code', () => {
		render(QrCode, { text: 'x'.repeat(3000), label: 'QR', tooLong: 'Ce lien est trop long.' });
		expect(screen.queryByRole('img')).toBeNull();
		expect(screen.getByText('Ce lien est trop long.')).toBeInTheDocument();
	});
});
