/**
 * Offers a text as a file to download (nothing leaves the browser): a backup, a receipt, a CSV.
 * The link is in the document while it is clicked, which some browsers (older Firefox) require.
 */
export function downloadText(text: string, fileName: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
