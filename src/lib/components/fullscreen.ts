/**
 * `{@attach fullscreen(on, onexit)}`: the element fills the screen while `on`
 * is true, and `onexit` runs when the person leaves full screen (Escape).
 * Full screen may be refused (e.g. not allowed in a frame): whatever the
 * element's own styling does (large type, contrast) still applies (`onrefused`).
 */
import type { Attachment } from 'svelte/attachments';

export function fullscreen(
	on: boolean,
	onexit: () => void,
	onrefused: () => void = () => {}
): Attachment<HTMLElement> {
	return (element) => {
		if (on && !document.fullscreenElement) element.requestFullscreen().catch(() => onrefused());
		if (!on && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
		const changed = () => {
			if (!document.fullscreenElement) onexit();
		};
		document.addEventListener('fullscreenchange', changed);
		return () => document.removeEventListener('fullscreenchange', changed);
	};
}

/**
 * Leave full screen, then `then()`: at once when not in full screen, else once
 * the browser has left it, or refused to, or a second later at the latest
 * (whichever comes first). What `then` changes (the page's look) is laid out
 * once, at the size the page has after full screen, as when the browser itself
 * leaves full screen (its Escape): not first in the full-screen box, then
 * again in the page.
 */
export function afterFullscreen(then: () => void): void {
	if (!document.fullscreenElement) return then();
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		clearTimeout(late);
		then();
	};
	const late = setTimeout(once, 1000);
	document.exitFullscreen().then(once, once);
}
