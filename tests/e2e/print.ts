import type { Page } from '@playwright/test';

/** The page formats things are printed on, in millimetres. */
export const FORMATS = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;

/** Pages of a PDF made by Chromium: its page objects (`/Type /Page`, not the `/Pages` tree). */
export function pdfPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** The page printed to PDF on each format: how many pages. */
export async function printed(page: Page): Promise<Record<keyof typeof FORMATS, number>> {
	await page.emulateMedia({ media: 'print' });
	const pages = { A4: pdfPages(await page.pdf({ format: 'A4' })), Letter: pdfPages(await page.pdf({ format: 'Letter' })) };
	await page.emulateMedia({ media: 'screen' });
	return pages;
}
