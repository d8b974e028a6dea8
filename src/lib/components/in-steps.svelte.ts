import { untrack } from 'svelte';

/** A task after the next paint (not charts/turns': that module would join the home page's first load). */
export function afterNextPaint(fn: () => void): void {
	requestAnimationFrame(() => setTimeout(fn, 0));
}

/**
 * How many items of a long list to draw: `step` at once, then `step` more
 * after each paint until all `total()` are drawn. Mounting 56 team cards in
 * one go was one 200–340 ms task at 4× CPU; in steps no task is long, and the
 * first cards paint sooner. Items once drawn stay drawn (a live refresh of the
 * same list redraws them in place); a list that grows past `count` gets its new
 * items in steps too. Create it while a component is set up.
 */
export class InSteps {
	count = $state(0);

	/** `first`: how many to draw at once (0: none before the next paint) */
	constructor(total: () => number, step: number, first = step) {
		this.count = first;
		$effect(() => {
			const n = total();
			if (untrack(() => this.count) >= n) return;
			let live = true;
			const grow = () => {
				if (!live) return;
				this.count += step;
				if (this.count < n) afterNextPaint(grow);
			};
			afterNextPaint(grow);
			return () => {
				live = false;
			};
		});
	}
}
