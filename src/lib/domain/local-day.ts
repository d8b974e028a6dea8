/**
 * The local calendar day of a time, on its own: the home page's backup reminder
 * needs it at start, and file-names.ts (every file name the app writes, which
 * uses it too) then stays out of the first screen.
 */
export function localDay(time: number | Date): string {
	const d = new Date(time);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
