/**
 * A Dexie liveQuery exposed as reactive state. The query runs while something
 * reads `.current` inside an effect or template, and re-runs when the tables
 * it read change — in this tab or another one.
 *
 * `{ whileShown: true }` (the overview of every city, re-read after any
 * answer saved anywhere): no re-reads while the page is hidden (a background
 * tab costs nothing), the query read afresh when it is shown again. A source
 * shared by pages (shareLive) ends too when the page is hidden.
 */
import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';
import { dbStatus } from './db';
import { StorageError } from './errors';
import { whileShown, type Visibility } from './while-shown';

/**
 * A live source other than one query: `watch` reports each new value (or an
 * error) to the observer until the function it returns is called.
 */
export interface LiveSource<T> {
	watch(observer: { next(value: T): void; error(error: unknown): void }): () => void;
}

/**
 * `source`, watched once for every observer at a time, and kept watching for
 * `lingerMs` after the last one leaves, while the page is shown: a page opened
 * within that time (the next page of a navigation) gets the value (or error)
 * as it stands at once, kept up to date meanwhile, instead of reading it
 * afresh. After that, or as soon as the page is hidden (a background tab reads
 * nothing, as with `whileShown`), the watch ends, and the next observer starts
 * a new one. What was kept is told to a new observer after the current script
 * (as a live query's first value).
 */
export function shareLive<T>(
	source: LiveSource<T>,
	lingerMs: number,
	doc: Visibility | undefined = typeof document === 'undefined' ? undefined : document
): LiveSource<T> {
	type Observer = Parameters<LiveSource<T>['watch']>[0];
	const observers = new Set<Observer>();
	let stop: (() => void) | undefined;
	let latest: { value: T } | { error: unknown } | undefined;
	/** ends the linger (its timer, its watch of the page's visibility) */
	let unlinger: (() => void) | undefined;
	const stopLinger = () => {
		unlinger?.();
		unlinger = undefined;
	};
	const tell = (o: Observer, event: NonNullable<typeof latest>) =>
		'value' in event ? o.next(event.value) : o.error(event.error);
	const end = () => {
		stopLinger();
		const s = stop;
		stop = undefined;
		latest = undefined;
		s?.();
	};
	const linger = () => {
		if (doc?.visibilityState === 'hidden') return end();
		const timer = setTimeout(end, lingerMs);
		const hidden = () => {
			if (doc?.visibilityState === 'hidden') end();
		};
		doc?.addEventListener('visibilitychange', hidden);
		unlinger = () => {
			clearTimeout(timer);
			doc?.removeEventListener('visibilitychange', hidden);
		};
	};
	const start = () => {
		let ended = false;
		const event = (e: NonNullable<typeof latest>) => {
			if (ended) return;
			latest = e;
			for (const o of [...observers]) tell(o, e);
		};
		const own = source.watch({
			next: (value) => event({ value }),
			error: (error) => event({ error })
		});
		stop = () => {
			ended = true;
			own();
		};
	};
	return {
		watch(observer) {
			observers.add(observer);
			stopLinger();
			if (!stop) start();
			else if (latest) {
				const kept = latest;
				queueMicrotask(() => {
					if (observers.has(observer) && latest === kept) tell(observer, kept);
				});
			}
			let left = false;
			return () => {
				if (left) return;
				left = true;
				observers.delete(observer);
				if (observers.size === 0 && stop) linger();
			};
		}
	};
}

export class LiveQuery<T> {
	#value = $state.raw<T | undefined>(undefined);
	#error = $state.raw<unknown>(undefined);
	#loaded = $state(false);
	#subscribe: () => void;

	constructor(query: (() => Promise<T>) | LiveSource<T>, options: { whileShown?: boolean } = {}) {
		this.#subscribe = createSubscriber(() => {
			// Dexie's liveQuery silently never runs without IndexedDB: report it instead (R6)
			if (dbStatus() === 'unavailable' || typeof indexedDB === 'undefined') {
				queueMicrotask(() => {
					this.#error = new StorageError('unavailable');
					this.#loaded = true;
				});
				return () => undefined;
			}
			const observer = {
				next: (value: T) => {
					this.#value = value;
					this.#error = undefined;
					this.#loaded = true;
				},
				error: (error: unknown) => {
					this.#error = error;
					this.#loaded = true;
				}
			};
			const subscribe = () => {
				if (typeof query !== 'function') return query.watch(observer);
				const sub = liveQuery(query).subscribe(observer);
				return () => sub.unsubscribe();
			};
			return options.whileShown ? whileShown(subscribe) : subscribe();
		});
	}

	get current(): T | undefined {
		this.#subscribe();
		return this.#value;
	}

	get loaded(): boolean {
		this.#subscribe();
		return this.#loaded;
	}

	get error(): unknown {
		this.#subscribe();
		return this.#error;
	}
}
