// The QR code of a text as a matrix of modules (qrcode-generator), and an SVG path drawing it.
import qrcode from 'qrcode-generator';

/**
 * The modules (true = dark), or null when the text is too long for any QR code. Error correction
 * M (15 % of the code may be damaged) while the code stays small enough to print and scan easily;
 * for longer links L (7 %), which needs fewer, larger modules for the same text.
 */
export function qrMatrix(text: string): boolean[][] | null {
	let best: boolean[][] | null = null;
	for (const level of ['M', 'L'] as const) {
		const matrix = make(text, level);
		if (matrix && (!best || matrix.length < best.length)) best = matrix;
		if (best && best.length <= 61) break;
	}
	return best;
}

function make(text: string, level: 'M' | 'L'): boolean[][] | null {
	try {
		const qr = qrcode(0, level);
		qr.addData(text, 'Byte');
		qr.make();
		const size = qr.getModuleCount();
		return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
	} catch {
		// "code length overflow": too long for this level of correction
		return null;
	}
}

/** One rectangle per horizontal run of dark modules, offset by the quiet zone (`margin` modules). */
export function qrPath(matrix: boolean[][], margin = 4): string {
	const parts: string[] = [];
	matrix.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			let end = x;
			while (end < row.length && row[end]) end++;
			parts.push(`M${x + margin} ${y + margin}h${end - x}v1h${x - end}z`);
			x = end;
		}
	});
	return parts.join('');
}
