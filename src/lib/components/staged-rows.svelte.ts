import { untrack } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { afterNextPaint } from './in-steps.svelte';

/**
 * The rows a long list shows, brought up to date a few at a time when many
 * change at once: after 12 response files are imported into a team of 36,
 * every one of the 56 question cards changes, and redrawing them all was one
 * task of 180–250 ms at 4× CPU. When `group()` changes (the team's
 * respondents), `step` rows (the first in `next()`'s order) are taken at once
 * and `step` more after each paint; any other change (a consensus chosen, an
 * answer edited) is taken whole at once, so a card never lags behind what
 * the person just did. Until a row is taken, `get` gives the one taken before
 * it (undefined if none: show the current row then). A newer list replaces
 * one still being taken.
 */
export class StagedRows<T> {
	readonly #rows = new SvelteMap<string, T>();
	#group: string | undefined;

	constructor(
		next: () => readonly T[],
		key: (row: T) => string,
		group: () => string,
		step: number
	) {
		$effect(() => {
			const list = next();
			const now = group();
			const stepwise = this.#group !== undefined && this.#group !== now;
			this.#group = now;
			let taken = 0;
			const take = (n: number) => {
				for (const row of list.slice(taken, taken + n)) this.#rows.set(key(row), row);
				taken += n;
			};
			untrack(() => take(stepwise ? step : list.length));
			if (taken >= list.length) return;
			let live = true;
			const more = () => {
				if (!live) return;
				take(step);
				if (taken < list.length) afterNextPaint(more);
			};
			afterNextPaint(more);
			return () => {
				live = false;
			};
		});
	}

	get(id: string): T | undefined {
		return this.#rows.get(id);
	}
}
