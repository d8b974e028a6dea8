/**
 * `{@attach fullscreen(on, onexit)}`: the element fills the screen while `on`
 * is true, and `onexit` runs when the person leaves full screen (Escape).
 * Full screen may be refused (e.g. not allowed in a frame): whatever the
 * element's own styling does (large type, contrast) still applies.
 */
import type { Attachment } from 'svelte/attachments';

export function fullscreen(on: boolean, onexit: () => void): Attachment<HTMLElement> {
	return (element) => {
		const refused = () => undefined;
		if (on && !document.fullscreenElement) element.requestFullscreen().catch(refused);
		if (!on && document.fullscreenElement) document.exitFullscreen().catch(refused);
		const changed = () => {
			if (!document.fullscreenElement) onexit();
		};
		document.addEventListener('fullscreenchange', changed);
		return () => document.removeEventListener('fullscreenchange', changed);
	};
}
