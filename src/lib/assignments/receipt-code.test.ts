// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bytesToBase64url } from './assignment';
import { RECEIPT_CODE_PREFIX, receiptCode, receiptsFromCodes } from './receipt-code';

const receipt = JSON.stringify({ format: 'icc-explainer-receipt', student: { name: 'Zoé “Z” Dupont', class: '2nde B' }, pad: 'x'.repeat(3000) });

describe('receipt codes', () => {
	it('round-trips a receipt, found anywhere in a pasted message, and is much shorter than the file', async () => {
		const code = await receiptCode(receipt);
		expect(code.startsWith(RECEIPT_CODE_PREFIX)).toBe(true);
		expect(code.length).toBeLessThan(receipt.length / 4);
		const pasted = `Bonjour Madame,\nvoici mon reçu : ${code}\nMerci !\n${await receiptCode('{"second":true}')}`;
		const decoded = await receiptsFromCodes(pasted);
		expect(decoded).toEqual([
			{ name: 'code 1', text: receipt },
			{ name: 'code 2', text: '{"second":true}' }
		]);
	});

	it('says a damaged code cannot be read, and finds nothing in text without codes', async () => {
		const code = await receiptCode(receipt);
		const damaged = code.slice(0, RECEIPT_CODE_PREFIX.length) + 'AAAA' + code.slice(RECEIPT_CODE_PREFIX.length + 4, -6);
		expect(await receiptsFromCodes(damaged)).toEqual([{ name: 'code 1', error: 'unreadable' }]);
		expect(await receiptsFromCodes('no code here')).toEqual([]);
	});

	it('refuses a code that would unpack to more than a receipt may weigh', async () => {
		const stream = new CompressionStream('deflate-raw');
		const writer = stream.writable.getWriter();
		void writer.write(new Uint8Array(3_000_000));
		void writer.close();
		const packed = new Uint8Array(await new Response(stream.readable).arrayBuffer());
		const bomb = RECEIPT_CODE_PREFIX + bytesToBase64url(packed);
		expect(bomb.length).toBeLessThan(10_000);
		expect(await receiptsFromCodes(bomb)).toEqual([{ name: 'code 1', error: 'too-large' }]);
	});
});
