// The QR code of a text as a matrix of modules (qrcode-generator), and an SVG path drawing it.
import qrcode from 'qrcode-generator';

export type QrLevel = 'L' | 'M';

/**
 * The QR code of a text: its modules (true = dark) and its level of error correction, or null when
 * the text is too long for any QR code.
 *
 * Error correction L (7 % of the code may be lost), or M (15 %) when M fits in as many modules.
 * The code is projected or printed at a fixed size: what stops a phone at the back of the
 * classroom (5 m) is the size of one module on its camera, not damage, and L needs the fewest
 * modules, so each is the largest (a link of 110–150 characters: 41–45 modules at L, 45–49 at M).
 * A screen or a fresh sheet is not torn or stained, which is what Q and H (25–30 %) are for; L's
 * 7 % still absorbs a few modules washed out by a glare spot. When M costs no module (the text
 * fits M's capacity in the same version), its extra margin is free, so it is taken.
 */
export function qrCode(text: string): { matrix: boolean[][]; level: QrLevel } | null {
	const low = make(text, 'L');
	if (!low) return null;
	const medium = make(text, 'M');
	return medium && medium.length === low.length ? { matrix: medium, level: 'M' } : { matrix: low, level: 'L' };
}

/** The modules of qrCode alone. */
export function qrMatrix(text: string): boolean[][] | null {
	return qrCode(text)?.matrix ?? null;
}

function make(text: string, level: QrLevel): boolean[][] | null {
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
