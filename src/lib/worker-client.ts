/**
 * The page's side of the app's workers: the file checks (state/import-check.ts,
 * state/team-check.ts) and the report generator (report/client.ts). One worker
 * each, created when first needed, and ended by "delete all". A leaf: it
 * imports nothing of the app, so that report/ may use it too.
 *
 * "Delete all" must not leave a worker loading: its scripts come through the
 * service worker from the offline copy (Cache Storage), and the emptied
 * precache was found re-created after the delete (R19: 8 of 30 runs once the
 * import check's worker started as the data page opened). Workbox does not
 * open it on a fetch; most likely Chromium stores the scripts' compiled code
 * beside them, opening that cache by name (inferred, not traced). So each
 * worker posts `{ loaded: true }` once it has loaded (the file checks as the
 * last statement of their module; the report worker once its fonts are
 * fetched too), `withoutWorkers` ends every worker once it has loaded, and no
 * worker is started ahead (`warm`) until it is done.
 *
 * The page's own scripts, run from the offline copy just before the delete,
 * can do the same (5 of 12 runs with the data page opened from another page
 * and deleted at once): the cache comes back by name, empty. What the delete
 * guarantees is that nothing is left in it (docs/export-format.md).
 */

/** What a worker posts once it has loaded. */
export interface LoadedMessage {
	loaded: true;
}

const open = new Set<WorkerClient<unknown>>();
/** "delete all" is running: no worker is started ahead */
let ending = 0;

export class WorkerClient<Out> {
	#worker: Worker | undefined;
	#loaded: Promise<void> = Promise.resolve();
	readonly #create: () => Worker;
	readonly #onMessage: (data: Out) => void;
	readonly #onFailure: (error: Error) => void;
	readonly #failureText: string;

	/**
	 * `onMessage` gets every message but the loaded one; `onFailure` is called
	 * when the worker fails or is ended, for the requests it had not answered.
	 */
	constructor(options: {
		create: () => Worker;
		onMessage: (data: Out) => void;
		onFailure: (error: Error) => void;
		failureText: string;
	}) {
		this.#create = options.create;
		this.#onMessage = options.onMessage;
		this.#onFailure = options.onFailure;
		this.#failureText = options.failureText;
	}

	/** The worker, created on the first call. */
	get(): Worker {
		if (this.#worker) return this.#worker;
		const worker = this.#create();
		this.#worker = worker;
		open.add(this as WorkerClient<unknown>);
		let loaded!: () => void;
		this.#loaded = new Promise<void>((resolve) => (loaded = resolve));
		worker.onmessage = (event: MessageEvent<Out | LoadedMessage>) => {
			const data = event.data;
			if (typeof data === 'object' && data !== null && 'loaded' in data) loaded();
			else this.#onMessage(data);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			loaded();
			this.#drop(worker, new Error(event.message || this.#failureText));
		};
		return worker;
	}

	/** The worker if it is running (no new one is started). */
	running(): Worker | undefined {
		return this.#worker;
	}

	/** Start the worker ahead of its first request, unless "delete all" is running. */
	warm(): void {
		if (!ending) this.get();
	}

	/** End the worker once it has loaded; its unanswered requests fail. */
	async end(): Promise<void> {
		const worker = this.#worker;
		if (!worker) return;
		await this.#loaded;
		this.#drop(worker, new Error(this.#failureText));
	}

	#drop(worker: Worker, error: Error) {
		if (this.#worker !== worker) return;
		worker.terminate();
		this.#worker = undefined;
		open.delete(this as WorkerClient<unknown>);
		this.#onFailure(error);
	}
}

/**
 * Run `task` ("delete all") with no worker of ours loading: every worker
 * started here is ended once it has loaded, and none is started ahead until
 * `task` is done. The next request starts its worker again.
 */
export async function withoutWorkers<T>(task: () => Promise<T>): Promise<T> {
	ending++;
	try {
		await Promise.all([...open].map((client) => client.end()));
		return await task();
	} finally {
		ending--;
	}
}
