/// <reference lib="webworker" />
/**
 * Web Worker entry: reads and checks an export file off the main thread (the
 * text of a 100,000-answer file, its JSON, schema, checksum and cross-record
 * checks) and previews importing it, against the definitions and data stored
 * (db/import.ts's checkAndPreview, as a page without workers does). A valid
 * file is kept here under a ticket (the request's id) until the page asks to
 * import it, which is done here too, in this worker's own connection to the
 * database (db/import.ts: one transaction, all of the file or none), or to
 * drop it. The page learns of the writes
 * through Dexie, as it learns of another tab's (see import-check.ts).
 */
import { applyImport, checkAndPreview } from '$lib/db/import';
import { openDb } from '$lib/db/db';
import { CheckLostError, StorageError } from '$lib/domain/errors';
import type { ExportFile } from '$lib/domain/exchange/format';
import type {
	CheckRequest,
	Failure,
	ImportRequest,
	WorkerRequest,
	WorkerResponse
} from './import-check';
import type { LoadedMessage } from '$lib/worker-client';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (res: WorkerResponse) => scope.postMessage(res);

/** Valid files, by ticket, until imported or dropped. */
const held = new Map<number, ExportFile>();

function failure(e: unknown): Failure {
	if (e instanceof StorageError) return { storage: e.kind };
	if (e instanceof CheckLostError) return { lost: true };
	return { message: e instanceof Error ? e.message : String(e) };
}

/**
 * The database, opened once, at the first request (it refuses a database of a newer
 * app): a connection closed since (another tab upgraded or deleted the database) refuses
 * to write, where opening it again would write into that database.
 */
let opened: Promise<boolean> | undefined;
const opening = () => (opened ??= openDb());

async function check({ id, file, strategy, maxBytes }: CheckRequest) {
	// the same check and preview as on a page without workers; reading the file may throw
	// (it was deleted or changed since)
	await opening();
	const r = await checkAndPreview(await file.text(), strategy, maxBytes);
	if (!r.ok) return post({ id, ok: true, checked: r });
	held.set(id, r.file);
	post({
		id,
		ok: true,
		checked: { ok: true, warnings: r.warnings, plan: r.plan, held: { ticket: id } }
	});
}

/** Rows written between two progress messages are told at most this often (ms). */
const PROGRESS_MS = 250;

async function importFile({ id, ticket, strategy }: ImportRequest) {
	const file = held.get(ticket);
	if (!file) throw new CheckLostError();
	await opening();
	let told = 0;
	const plan = await applyImport(file, strategy, (written, total) => {
		const now = performance.now();
		if (written < total && now - told < PROGRESS_MS) return;
		told = now;
		post({ id, progress: { written, total } });
	});
	held.delete(ticket);
	post({ id, ok: true, imported: plan });
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const request = event.data;
	if (request.kind === 'drop') {
		held.delete(request.ticket);
		return;
	}
	try {
		await (request.kind === 'check' ? check(request) : importFile(request));
	} catch (e) {
		post({ id: request.id, ok: false, failure: failure(e) });
	}
};

// the last statement: the page may end this worker once it has loaded (worker-client.ts)
scope.postMessage({ loaded: true } satisfies LoadedMessage);
