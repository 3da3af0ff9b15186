// A receipt as a short text code, for schools where a file is hard to hand in: the student copies
// it into any messaging tool, the teacher pastes it on the class results page. The receipt's JSON,
// compressed (raw DEFLATE, with the browser's own CompressionStream: no library shipped), in
// base64url, behind a prefix that says what it is. Decoding never throws.
import { base64urlToBytes, bytesToBase64url } from './assignment';
import { RECEIPT_LIMITS } from './receipt';

export const RECEIPT_CODE_PREFIX = 'ICC-RECEIPT-1.';

/** Codes are found in any pasted text: the prefix, then base64url characters. */
const CODE_PATTERN = /ICC-RECEIPT-1\.[A-Za-z0-9_-]+/g;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
	const writer = stream.writable.getWriter();
	void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
	void writer.close().catch(() => undefined);
	const reader = stream.readable.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		// a "zip bomb" code must not fill the teacher's memory
		if (size > limit) {
			await reader.cancel();
			throw new Error('too large');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

/** Whether this browser can make codes (CompressionStream: every current browser). */
export function canMakeCodes(): boolean {
	return typeof CompressionStream === 'function';
}

export async function receiptCode(text: string): Promise<string> {
	const bytes = new TextEncoder().encode(text);
	const packed = await pipe(bytes, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
	return RECEIPT_CODE_PREFIX + bytesToBase64url(packed);
}

export type DecodedCode = { name: string; text: string } | { name: string; error: 'unreadable' | 'too-large' };

/** Every code found in a pasted text, each as the receipt's text (validated later, like a file's). */
export async function receiptsFromCodes(pasted: string): Promise<DecodedCode[]> {
	const codes = pasted.match(CODE_PATTERN) ?? [];
	return Promise.all(
		codes.map(async (code, index): Promise<DecodedCode> => {
			const name = `code ${index + 1}`;
			const bytes = base64urlToBytes(code.slice(RECEIPT_CODE_PREFIX.length));
			if (!bytes || typeof DecompressionStream !== 'function') return { name, error: 'unreadable' };
			try {
				const raw = await pipe(bytes, new DecompressionStream('deflate-raw'), RECEIPT_LIMITS.fileBytes);
				return { name, text: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
			} catch (error) {
				return { name, error: error instanceof Error && error.message === 'too large' ? 'too-large' : 'unreadable' };
			}
		})
	);
}
