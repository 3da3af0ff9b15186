// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cdata, cutText, decodeEntities, escapeHtml, escapeXml, formatNumber } from './text';

describe('text helpers', () => {
	it.each<[number, string]>([
		[125, '125'],
		[0.1 + 0.2, '0.3'],
		[12.5, '12.5'],
		[-3, '-3'],
		[-0, '0'],
		[1e-7, '0.0000001'],
		[-3.5e-8, '-0.000000035'],
		[1e21, '1000000000000000000000'],
		[0.15000000000000002, '0.15']
	])('formatNumber(%d) = %s (no exponent, no binary noise)', (value, text) => {
		expect(formatNumber(value)).toBe(text);
	});

	it('escapes for HTML and XML', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
		expect(escapeXml(`'&"`)).toBe('&apos;&amp;&quot;');
	});

	it('splits "]]>" across CDATA sections', () => {
		expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
	});

	it('decodes entities', () => {
		expect(decodeEntities('&amp;&lt;&#39;&#x2019;&nbsp;&unknown;')).toBe('&<\'’\u00a0&unknown;');
	});

	it('cuts without splitting a surrogate pair', () => {
		expect(cutText('ab😀', 3)).toBe('ab');
		expect(cutText('ab😀', 4)).toBe('ab😀');
		expect(cutText('abc', 5)).toBe('abc');
	});
});
