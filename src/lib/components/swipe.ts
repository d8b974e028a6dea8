/**
 * A horizontal swipe on a touch screen or with a pen, as an attachment
 * (`{@attach swipe({ left, right })}`). It only listens: it never prevents
 * the browser's own handling, so vertical scrolling and zooming stay native
 * (give the element `touch-action: pan-y pinch-zoom`; the browser then sends
 * `pointercancel` when it takes a gesture over for scrolling). A gesture that
 * starts in a text field, or that ends with text selected, is not a swipe.
 */
import type { Attachment } from 'svelte/attachments';

/** How far the finger must travel sideways to count as a swipe. */
export const SWIPE_MIN_PX = 60;

/** A swipe's direction, or none: far enough sideways, and at least twice as much sideways as up or down. */
export function swipeDirection(
	dx: number,
	dy: number,
	min = SWIPE_MIN_PX
): 'left' | 'right' | undefined {
	if (Math.abs(dx) < min || Math.abs(dx) < 2 * Math.abs(dy)) return undefined;
	return dx < 0 ? 'left' : 'right';
}

const FIELDS = 'input:not([type=radio]):not([type=checkbox]), textarea, select, [contenteditable]';

export function swipe(on: { left: () => void; right: () => void }): Attachment<HTMLElement> {
	return (node) => {
		let start: { x: number; y: number; id: number } | undefined;
		const down = (e: PointerEvent) => {
			start = undefined;
			if (!e.isPrimary || e.pointerType === 'mouse') return;
			if (e.target instanceof Element && e.target.closest(FIELDS)) return;
			start = { x: e.clientX, y: e.clientY, id: e.pointerId };
		};
		const up = (e: PointerEvent) => {
			if (!start || e.pointerId !== start.id) return;
			const dir = swipeDirection(e.clientX - start.x, e.clientY - start.y);
			start = undefined;
			if (!dir) return;
			const selection = document.getSelection();
			if (selection && !selection.isCollapsed && selection.toString().trim()) return;
			on[dir]();
		};
		const cancel = () => (start = undefined);
		node.addEventListener('pointerdown', down);
		node.addEventListener('pointerup', up);
		node.addEventListener('pointercancel', cancel);
		return () => {
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('pointerup', up);
			node.removeEventListener('pointercancel', cancel);
		};
	};
}
