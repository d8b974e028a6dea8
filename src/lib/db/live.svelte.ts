/**
 * A Dexie liveQuery exposed as reactive state. The query runs while something
 * reads `.current` inside an effect or template, and re-runs when the tables
 * it read change — in this tab or another one.
 */
import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';
import { dbStatus } from './db';
import { StorageError } from './errors';

export class LiveQuery<T> {
	#value = $state.raw<T | undefined>(undefined);
	#error = $state.raw<unknown>(undefined);
	#loaded = $state(false);
	#subscribe: () => void;

	constructor(query: () => Promise<T>) {
		this.#subscribe = createSubscriber(() => {
			// Dexie's liveQuery silently never runs without IndexedDB: report it instead (R6)
			if (dbStatus() === 'unavailable' || typeof indexedDB === 'undefined') {
				queueMicrotask(() => {
					this.#error = new StorageError('unavailable');
					this.#loaded = true;
				});
				return () => undefined;
			}
			const sub = liveQuery(query).subscribe({
				next: (value) => {
					this.#value = value;
					this.#error = undefined;
					this.#loaded = true;
				},
				error: (error: unknown) => {
					this.#error = error;
					this.#loaded = true;
				}
			});
			return () => sub.unsubscribe();
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
