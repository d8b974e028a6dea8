import { onDestroy } from 'svelte';
import { beforeNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';

/**
 * A view that changes at once, its address following without a navigation
 * (shallow routing): nothing is loaded again, nothing scrolls or is measured.
 * `change(…)` applies a change and returns the address it leads to. The
 * address follows once the browser is idle after the next paint (at the
 * latest a second later), to the latest one if several came before it:
 * Chromium's history update lays out every `content-visibility: auto` part
 * that changed (the compare page's change cards and tables), ~150 ms at 4× CPU
 * after anonymising, which would otherwise delay what is redrawn after the
 * paint. Call it while a component is set up.
 */
export function followAddress<C>(change: (c: C) => string): (c: C) => void {
	let address: string | undefined;
	let left = false;
	onDestroy(() => {
		left = true;
	});
	beforeNavigate(() => {
		address = undefined;
	});
	return (c) => {
		const first = address === undefined;
		address = change(c);
		if (!first) return;
		const follow = () => {
			const href = address;
			address = undefined;
			if (href !== undefined && !left) replaceState(href, page.state);
		};
		requestAnimationFrame(() => {
			if (typeof requestIdleCallback === 'function') requestIdleCallback(follow, { timeout: 1000 });
			else setTimeout(follow, 0);
		});
	};
}
