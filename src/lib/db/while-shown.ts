/**
 * Work that only a page someone can see needs (a live query's re-reads after
 * every change, in any tab): run while the page is shown, stopped while it is
 * hidden (a background tab, a minimised window), started anew when it is
 * shown again, so what it shows then is read afresh.
 */

/** What is read of the document (tests pass their own). */
export interface Visibility {
	readonly visibilityState: DocumentVisibilityState;
	addEventListener(type: 'visibilitychange', listener: () => void): void;
	removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/**
 * Call `start` now unless the page is hidden, and again each time it is shown
 * after being hidden; the function `start` returns is called when the page is
 * hidden. Returns the function that stops it all.
 */
export function whileShown(
	start: () => () => void,
	doc: Visibility | undefined = typeof document === 'undefined' ? undefined : document
): () => void {
	if (!doc) return start();
	let stop = doc.visibilityState === 'hidden' ? undefined : start();
	const changed = () => {
		if (doc.visibilityState === 'hidden') {
			stop?.();
			stop = undefined;
		} else stop ??= start();
	};
	doc.addEventListener('visibilitychange', changed);
	return () => {
		doc.removeEventListener('visibilitychange', changed);
		stop?.();
		stop = undefined;
	};
}
