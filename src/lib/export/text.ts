// Escaping helpers shared by the exporters. Pure string functions: they run in Node (npm run export)
// and in the browser (the teacher page's download buttons).

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text or attribute value. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text → XML text or attribute value, with XML's five predefined entities. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}

/** Wraps text in CDATA; a `]]>` inside is split across two sections, as Moodle's own export does. */
export function cdata(text: string): string {
	return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities a prerendered page uses (named basics and numeric references). */
export function decodeEntities(html: string): string {
	return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED[name.toLowerCase()] ?? whole;
	});
}

/** A number as Moodle and GIFT read it: plain decimal digits, binary noise removed (0.30000000000000004 → 0.3). */
export function formatNumber(value: number): string {
	const clean = Number(value.toPrecision(12));
	if (Object.is(clean, -0)) return '0';
	const text = String(clean);
	if (!/e/i.test(text)) return text;
	// exponent notation (|x| < 1e-6 or ≥ 1e21): move the decimal point by hand
	const [mantissa = '', exponent = '0'] = text.split(/e/i);
	const negative = mantissa.startsWith('-');
	const unsigned = negative ? mantissa.slice(1) : mantissa;
	const dot = unsigned.indexOf('.');
	const digits = unsigned.replace('.', '');
	const point = (dot < 0 ? unsigned.length : dot) + Number(exponent);
	const written =
		point <= 0
			? `0.${'0'.repeat(-point)}${digits}`
			: point >= digits.length
				? `${digits}${'0'.repeat(point - digits.length)}`
				: `${digits.slice(0, point)}.${digits.slice(point)}`;
	return `${negative ? '-' : ''}${written}`;
}

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cutText(text: string, max: number): string {
	if (text.length <= max) return text;
	let end = max;
	const code = text.charCodeAt(end - 1);
	if (code >= 0xd800 && code <= 0xdbff) end--;
	return text.slice(0, end);
}
