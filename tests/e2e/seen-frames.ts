/**
 * What a person could see of some names, frame by frame (the compare page's
 * anonymise tests: compare-privacy.spec). Every frame is sampled
 * (requestAnimationFrame runs just before its paint).
 */
import type { Locator, Page } from '@playwright/test';

/**
 * Start recording, each frame, which names a person could see; the frames
 * painted after the next click or key press are kept.
 */
export async function recordFrames(page: Page, names: string[]) {
	await page.evaluate((cities) => {
		const w = window as unknown as { __frames: string[][]; __from: number; __stop: boolean };
		w.__frames = [];
		w.__from = -1;
		w.__stop = false;
		const mark = () => {
			if (w.__from < 0) w.__from = w.__frames.length;
		};
		document.addEventListener('click', mark, { capture: true, once: true });
		document.addEventListener('keydown', mark, { capture: true, once: true });
		const visible = (el: Element) =>
			getComputedStyle(el).visibility !== 'hidden' && (el as HTMLElement).offsetParent !== null;
		/**
		 * A canvas a person sees: visible, and not under an opaque box (the other
		 * chart of the same figure lies under the shown one, ChartFigure). On screen
		 * only: one outside the window counts as seen.
		 */
		const inSight = (canvas: HTMLCanvasElement) => {
			if (!visible(canvas)) return false;
			const box = canvas.getBoundingClientRect();
			const x = box.left + box.width / 2;
			const y = box.top + box.height / 2;
			if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return true;
			for (const el of document.elementsFromPoint(x, y)) {
				if (el === canvas) return true;
				// rgb(…), not rgba(…): an opaque background
				if (getComputedStyle(el).backgroundColor.startsWith('rgb(')) return false;
			}
			return true;
		};
		(window as unknown as { __inSight: typeof inSight }).__inSight = inSight;
		const frame = () => {
			if (w.__stop) return;
			const seen: string[] = [];
			for (const canvas of document.querySelectorAll('canvas'))
				if (inSight(canvas)) {
					for (const city of cities)
						if ((canvas.dataset.series ?? '').includes(city)) seen.push(`chart: ${city}`);
					// the other state's chart (its names not in the page): never shown
					if (canvas.dataset.spare !== undefined) seen.push('chart: spare shown');
				}
			// the cards and item table of the other state, kept (shelved): never shown
			for (const spare of document.querySelectorAll('div[data-spare]'))
				if ([...spare.children].some((c) => c.checkVisibility())) seen.push('spare shown');
			for (const table of document.querySelectorAll('table'))
				if (visible(table) && !table.closest('[data-spare]'))
					for (const city of cities)
						if ((table.textContent ?? '').includes(city)) seen.push(`table: ${city}`);
			for (const card of document.querySelectorAll('section.change'))
				if (visible(card) && !card.closest('[data-spare]'))
					for (const city of cities)
						if ((card.textContent ?? '').includes(city)) seen.push(`card: ${city}`);
			w.__frames.push(seen);
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	}, names);
}

export async function stopRecording(page: Page): Promise<string[][]> {
	return page.evaluate(() => {
		const w = window as unknown as { __frames: string[][]; __from: number; __stop: boolean };
		w.__stop = true;
		return w.__from < 0 ? w.__frames : w.__frames.slice(w.__from);
	});
}

/** Whether a person sees the canvas (as in the frames recorded; after `recordFrames`). */
export async function inSight(canvas: Locator): Promise<boolean> {
	return canvas.evaluate((el) =>
		(window as unknown as { __inSight: (c: HTMLCanvasElement) => boolean }).__inSight(
			el as HTMLCanvasElement
		)
	);
}
