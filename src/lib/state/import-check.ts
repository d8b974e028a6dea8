/**
 * Checking and importing an export file in a Web Worker (import-check.worker.ts),
 * so that neither reading, parsing and validating a large file nor writing it
 * ever blocks the page. The worker keeps each file it found valid (a "ticket")
 * until the page imports it there, in the worker's own connection to the
 * database, or drops it: the file's records never travel to the page, and the
 * page only shows the preview and the progress. The worker starts once the
 * import panel is shown (startChecker) or on the first check, so it is not in
 * the first screen's JS.
 * Where there are no workers (unit tests in Node), the same check and import run here.
 */
import type { ExportFile } from '$lib/domain/exchange/format';
import type { ImportPlan, ImportStrategy } from '$lib/domain/exchange/plan';
import type { ImportError, ImportWarning } from '$lib/domain/exchange/errors';
import { CheckLostError, StorageError, type StorageErrorKind } from '$lib/domain/errors';
import { WorkerClient } from '$lib/worker-client';

/**
 * Check a file against the definitions on this device, and preview importing it with
 * `strategy` against what is stored: the worker reads both itself (db/import.ts).
 */
export interface CheckRequest {
	kind: 'check';
	id: number;
	file: Blob;
	strategy: ImportStrategy;
	maxBytes?: number;
}

/** Import the file checked under `ticket`, in one transaction (db/import.ts). */
export interface ImportRequest {
	kind: 'import';
	id: number;
	ticket: number;
	strategy: ImportStrategy;
}

/** Forget the file checked under `ticket` (no answer). */
export interface DropRequest {
	kind: 'drop';
	ticket: number;
}

export type WorkerRequest = CheckRequest | ImportRequest | DropRequest;

/** Where a valid file is kept until it is imported: in the worker, or here without workers. */
export type Held = { ticket: number } | { file: ExportFile };

/** A checked file: valid, with the preview of importing it, or its errors. */
export type Checked =
	| { ok: true; warnings: ImportWarning[]; plan: ImportPlan; held: Held }
	| { ok: false; errors: ImportError[] };

/** Why a request failed in the worker: a storage error's kind, a lost ticket, or a message. */
export type Failure = { storage: StorageErrorKind } | { lost: true } | { message: string };

export type WorkerResponse =
	| { id: number; ok: true; checked: Checked }
	| { id: number; ok: true; imported: ImportPlan }
	| { id: number; progress: { written: number; total: number } }
	| { id: number; ok: false; failure: Failure };

/** Told as an import's rows are written: how many so far, of how many. */
export type Progress = (written: number, total: number) => void;

let nextId = 1;
const pending = new Map<
	number,
	{
		resolve: (r: Checked | ImportPlan) => void;
		reject: (e: Error) => void;
		progress?: Progress;
	}
>();

/** The error a failure in the worker stands for, as the page's own code would have thrown it. */
export function failureError(f: Failure): Error {
	if ('storage' in f) return new StorageError(f.storage);
	if ('lost' in f) return new CheckLostError();
	return new Error(f.message);
}

const worker = new WorkerClient<WorkerResponse>({
	create: () =>
		new Worker(new URL('./import-check.worker.ts', import.meta.url), { type: 'module' }),
	onMessage(res) {
		const p = pending.get(res.id);
		if ('progress' in res) return p?.progress?.(res.progress.written, res.progress.total);
		pending.delete(res.id);
		if (!res.ok) p?.reject(failureError(res.failure));
		else p?.resolve('checked' in res ? res.checked : res.imported);
	},
	onFailure(error) {
		for (const p of pending.values()) p.reject(error);
		pending.clear();
	},
	failureText: 'The file check stopped unexpectedly.'
});

/**
 * Start the worker before the first check, so that its script is fetched and
 * compiled (zod and the schemas with it) while the person is still choosing a
 * file: the import panel calls it at the first idle moment. Idle until asked.
 */
export function startChecker(): void {
	if (typeof Worker !== 'undefined') worker.warm();
}

function ask<T extends Checked | ImportPlan>(
	request: CheckRequest | ImportRequest,
	progress?: Progress
): Promise<T> {
	const w = worker.get();
	return new Promise<T>((resolve, reject) => {
		pending.set(request.id, {
			resolve: resolve as (r: Checked | ImportPlan) => void,
			reject,
			progress
		});
		w.postMessage(request satisfies WorkerRequest);
	});
}

/**
 * Check `file` and preview importing it with `strategy`, off the main thread;
 * `here` does both on this thread where workers do not exist.
 */
export async function checkFile(
	file: Blob,
	strategy: ImportStrategy,
	here: (text: string) => Promise<Checked>,
	maxBytes?: number
): Promise<Checked> {
	if (typeof Worker === 'undefined') return here(await file.text());
	return ask({ kind: 'check', id: nextId++, file, strategy, maxBytes });
}

/**
 * Import a file checked by `checkFile`, where it is held: `here` imports a file
 * held on this page. Rejects with the db layer's errors (StorageError…), or
 * CheckLostError when the worker no longer holds it (it was ended since).
 */
export function importHeld(
	held: Held,
	strategy: ImportStrategy,
	progress: Progress,
	here: (file: ExportFile, strategy: ImportStrategy, progress: Progress) => Promise<ImportPlan>
): Promise<ImportPlan> {
	if ('file' in held) return here(held.file, strategy, progress);
	return ask({ kind: 'import', id: nextId++, ticket: held.ticket, strategy }, progress);
}

/** Let go of a checked file that will not be imported. */
export function dropHeld(held: Held): void {
	// a worker ended since holds nothing
	if ('ticket' in held)
		worker.running()?.postMessage({ kind: 'drop', ticket: held.ticket } satisfies WorkerRequest);
}
