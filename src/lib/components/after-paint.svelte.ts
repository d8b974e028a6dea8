import { untrack } from 'svelte';
import { afterNextPaint } from '$lib/charts/attach.svelte';

/**
 * A value that follows `source` in a task of its own after the next paint, so
 * the change that caused it (a toggle) paints at once. `late` is true from the
 * change until then: the caller hides what it shows meanwhile, so no name
 * outlives anonymising by even a frame. Create it while a component is set up.
 */
export class AfterPaint<T> {
	value = $state.raw() as T;
	late = $state(false);

	constructor(source: () => T) {
		this.value = untrack(source);
		$effect(() => {
			const next = source();
			if (untrack(() => this.value) === next) return;
			this.late = true;
			let live = true;
			afterNextPaint(() => {
				if (!live) return;
				this.value = next;
				this.late = false;
			});
			return () => {
				live = false;
			};
		});
	}
}
