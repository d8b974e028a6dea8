/** Offer a Blob to the user as a file download (browser only). */
export function downloadBlob(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// the download has started by then; give slow devices time before the URL goes
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
