import { untrack } from 'svelte';
import { afterNextPaint } from './in-steps.svelte';

/**
 * The rows a long list shows, brought up to date a few at a time when many
 * change at once: after 12 response files are imported into a team of 36,
 * every one of the 56 question cards changes, and redrawing them all was one
 * task of 160–250 ms at 4× CPU. When `group()` changes (the team's
 * respondents), `step` rows (the first in `next()`'s order) are taken at once
 * and `step` more after each paint; any other change (a consensus chosen, an
 * answer edited) is taken whole at once, so a card never lags behind what
 * the person just did. Until a row is taken, `get` gives the one taken before
 * it (undefined if none: show the current row then). A newer list replaces
 * one still being taken.
 *
 * The rows are kept in a plain map of one signal each, not a `SvelteMap`:
 * the bundler put `svelte/reactivity` in the start chunk that every page
 * loads (0.5 KB gzip on the first screen), for this page alone.
 */
export class StagedRows<T> {
	readonly #rows = new Map<string, Cell<T>>();
	/** Bumped when a row is taken for the first time: a `get` that found none reads it. */
	#added = $state(0);
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
				for (const row of list.slice(taken, taken + n)) this.#take(key(row), row);
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

	#take(id: string, row: T) {
		const cell = this.#rows.get(id);
		if (cell) cell.value = row;
		else {
			this.#rows.set(id, new Cell(row));
			this.#added++;
		}
	}

	get(id: string): T | undefined {
		const cell = this.#rows.get(id);
		if (cell) return cell.value;
		void this.#added;
		return undefined;
	}
}

class Cell<T> {
	value: T = $state.raw() as T;
	constructor(value: T) {
		this.value = value;
	}
}
