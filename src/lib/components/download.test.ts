import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from './download';

afterEach(() => vi.restoreAllMocks());

describe('downloadText', () => {
	it('offers the exact text under the given name, from a link that is in the page when clicked and gone after', async () => {
		const blobs: Blob[] = [];
		URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x'));
		URL.revokeObjectURL = vi.fn();
		const clicks: { href: string; download: string; connected: boolean }[] = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			clicks.push({ href: this.getAttribute('href')!, download: this.download, connected: this.isConnected });
		});
		vi.useFakeTimers();
		downloadText('a,b\n"é",1\n', 'results.csv', 'text/csv;charset=utf-8');
		expect(clicks).toEqual([{ href: 'blob:x', download: 'results.csv', connected: true }]);
		expect(document.querySelector('a[download]')).toBeNull();
		expect(await blobs[0]!.text()).toBe('a,b\n"é",1\n');
		expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
		vi.advanceTimersByTime(1000);
		expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:x');
		vi.useRealTimers();
	});
});
