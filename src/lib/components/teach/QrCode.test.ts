import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import QrCode from './QrCode.svelte';
import { qrMatrix, qrPath } from './qr';

const link = 'https://example.org/fr/assignment/#v1.eyJ2IjoxfQ.0123abcd';

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

	it('switches to a lower correction level for long links, and gives up beyond any QR code', () => {
		expect(qrMatrix('x'.repeat(1000))!.length).toBeLessThanOrEqual(177);
		expect(qrMatrix('x'.repeat(3000))).toBeNull();
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
