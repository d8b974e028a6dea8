/**
 * When work runs: after the next paint, in idle time, or one piece per task.
 * For the charts and for the components that draw in steps (not InSteps: it
 * is in the home page's first load and keeps its own one line).
 */

/** Run `fn` in a task of its own after the next frame has been painted. */
export function afterNextPaint(fn: () => void): void {
	requestAnimationFrame(() => setTimeout(fn, 0));
}

/** `fn` when the browser is idle (in a second where there is no requestIdleCallback). */
export function whenIdle(fn: (deadline?: IdleDeadline) => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(fn);
	else setTimeout(fn, 1000);
}

/**
 * Work done one piece per task, each in a task after the current one: the
 * first draw of each chart on a page. A page's charts are created together
 * (Chart.js arrives, every chart's effect runs in the same flush as the page
 * itself): the results page and its two charts were one task of 200–300 ms at
 * 4× CPU, over P11's 200. In turn, the page and each chart are tasks of their
 * own, and what the browser has to do meanwhile (input, a frame) can come in
 * between.
 */
const waiting: (() => void)[] = [];
let scheduled = false;

export function inTurn(fn: () => void): void {
	waiting.push(fn);
	schedule();
}

function schedule(): void {
	if (scheduled) return;
	scheduled = true;
	setTimeout(nextTurn, 0);
}

function nextTurn(): void {
	scheduled = false;
	const fn = waiting.shift();
	if (waiting.length) schedule();
	fn?.();
}
