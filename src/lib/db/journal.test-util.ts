/** In-memory stand-ins for localStorage and the Web Locks API, for journal and editor tests. */
import type { JournalStorage, TabLocks } from './journal';

export class MemoryStorage implements JournalStorage {
	#map = new Map<string, string>();
	/** make the next writes throw, as a full or blocked localStorage does */
	failWrites = false;
	get length() {
		return this.#map.size;
	}
	key(i: number) {
		return [...this.#map.keys()][i] ?? null;
	}
	getItem(k: string) {
		return this.#map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
		this.#map.set(k, String(v));
	}
	removeItem(k: string) {
		this.#map.delete(k);
	}
	keys() {
		return [...this.#map.keys()];
	}
}

/** Exclusive locks granted in request order, as navigator.locks does. */
export class FakeLocks implements TabLocks {
	#held = new Set<string>();
	#queues = new Map<string, (() => void)[]>();

	request(name: string, callback: () => Promise<unknown>): Promise<unknown> {
		return new Promise((resolve, reject) => {
			const run = () => {
				this.#held.add(name);
				Promise.resolve()
					.then(callback)
					.then(resolve, reject)
					.finally(() => {
						this.#held.delete(name);
						this.#queues.get(name)?.shift()?.();
					});
			};
			if (this.#held.has(name)) {
				const queue = this.#queues.get(name) ?? [];
				queue.push(run);
				this.#queues.set(name, queue);
			} else run();
		});
	}

	held(name: string) {
		return this.#held.has(name);
	}
}
