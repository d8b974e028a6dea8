/**
 * A Dexie liveQuery exposed as reactive state. The query runs while something
 * reads `.current` inside an effect or template, and re-runs when the tables
 * it read change — in this tab or another one.
 *
 * `{ whileShown: true }` (the overviews of every city, read whole after any
 * answer saved anywhere): no re-reads while the page is hidden (a background
 * tab costs nothing), the query read afresh when it is shown again.
 */
import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';
import { dbStatus } from './db';
import { StorageError } from './errors';
import { whileShown } from './while-shown';

/**
 * A live source other than one query: `watch` reports each new value (or an
 * error) to the observer until the function it returns is called.
 */
export interface LiveSource<T> {
	watch(observer: { next(value: T): void; error(error: unknown): void }): () => void;
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
