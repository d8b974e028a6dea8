import { untrack } from 'svelte';
import { afterNextPaint, whenIdle } from '$lib/charts/turns';

/**
 * A list kept in the page in both of its versions (the compare page's change
 * cards and item table rows, named and anonymised): the one shown, and the other, a spare, built
 * beforehand in idle time (a few items per idle period) and shelved by the
 * caller meanwhile (content-visibility: hidden: neither painted, nor read out,
 * nor found in the page). Switching (anonymise) shows the spare as it is, in
 * the same task: no item is rewritten, and no form control in them is moved or
 * inserted (Chromium's autofill would then read every form control of the page
 * again). The version no longer shown is kept as the next spare.
 *
 * A version not yet complete when it is to be shown is completed after the
 * next paint (or `step` items after each paint), and `late` until then (the
 * caller hides it meanwhile: no item of the other version is shown in its
 * place). A spare whose list changes (new
 * data, another selection) is dropped and built again in idle time rather
 * than updated beside the version shown. Create it while a component is set up.
 */
export class SpareSet<T> {
	readonly #shown: () => boolean;
	readonly #list: (version: boolean) => readonly T[];
	/** items built of each version (Infinity: all, whatever the list's length) */
	#built = $state({ false: 0, true: 0 });
	/** the version shown is not complete yet (until after the next paint) */
	late = $state(false);
	#lastShown: boolean | undefined;
	/** the list the spare's items were built from */
	#spareFrom: readonly T[] | undefined;
	#idle = false;
	#alive = true;
	/** the completion of a version shown running now (a new one stops the one before) */
	#completing = 0;
	/** items of the spare built per idle period */
	readonly #chunk: number;
	/** items of a version shown but not complete built after each paint */
	readonly #step: number;

	#named = $derived.by(() => this.#slice(false));
	#anonymous = $derived.by(() => this.#slice(true));

	/**
	 * `initial`: how many items of the version shown at first are built at once
	 * (all by default); the rest after the next paint, that version `late`
	 * until then, as when a version not complete is shown. `step`: how many
	 * more items of a version shown but not complete are built after each
	 * paint (all by default): a browser lays out only what was added since
	 * its last frame, so a long list is laid out over several frames, none long.
	 */
	constructor(
		shown: () => boolean,
		list: (version: boolean) => readonly T[],
		chunk = 5,
		initial = Infinity,
		step = Infinity
	) {
		this.#shown = shown;
		this.#list = list;
		this.#chunk = chunk;
		this.#step = step;
		this.#built[`${untrack(shown)}`] = initial;
		$effect.pre(() => {
			const now = shown();
			const spareList = list(!now);
			untrack(() => this.#follow(now, spareList));
		});
		$effect(() => () => {
			this.#alive = false;
		});
	}

	/** The items of a version built so far (all of them once it is complete). */
	items(version: boolean): readonly T[] {
		return version ? this.#anonymous : this.#named;
	}

	/** Every item of `version` is built. */
	complete(version: boolean): boolean {
		return this.#built[`${version}`] === Infinity;
	}

	#slice(version: boolean): readonly T[] {
		const list = this.#list(version);
		const n = this.#built[`${version}`];
		return n >= list.length ? list : list.slice(0, n);
	}

	#follow(shown: boolean, spareList: readonly T[]) {
		const spare = `${!shown}` as const;
		if (shown !== this.#lastShown) {
			// switched: the version shown now is completed (after the paint, if need be),
			// the one shown before is the spare, as it is
			this.#lastShown = shown;
			this.#spareFrom = spareList;
			if (this.complete(shown)) this.late = false;
			else {
				this.late = true;
				this.#complete(shown);
			}
		} else if (spareList !== this.#spareFrom) {
			// the spare's list changed: dropped, built again in idle time
			this.#spareFrom = spareList;
			this.#built[spare] = 0;
		}
		if (!this.complete(!shown)) this.#prepare();
	}

	/** Complete the version shown, `step` items after each paint. */
	#complete(shown: boolean, run = ++this.#completing) {
		afterNextPaint(() => {
			if (!this.#alive || run !== this.#completing || untrack(this.#shown) !== shown) return;
			const key = `${shown}` as const;
			const next = this.#built[key] + this.#step;
			const length = untrack(() => this.#list(shown)).length;
			if (next < length) {
				this.#built[key] = next;
				this.#complete(shown, run);
				return;
			}
			this.#built[key] = Infinity;
			this.late = false;
		});
	}

	/** Build the spare, a few items per idle period, until it is complete. */
	#prepare() {
		if (this.#idle) return;
		this.#idle = true;
		whenIdle(() => {
			this.#idle = false;
			if (!this.#alive) return;
			const spare = !untrack(this.#shown);
			const built = this.#built[`${spare}`];
			if (built === Infinity) return;
			const next = built + this.#chunk;
			const length = untrack(() => this.#list(spare)).length;
			this.#built[`${spare}`] = next >= length ? Infinity : next;
			if (next < length) this.#prepare();
		});
	}
}
