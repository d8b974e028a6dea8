/**
 * Checking team files in a Web Worker (team-check.worker.ts), the way export
 * files are checked (import-check.ts): a dozen response files never block the
 * page. Where there are no workers (unit tests in Node), the check runs here.
 */
import {
	parseTeamFileText,
	peekKind,
	type TeamFileKind,
	type TeamParseResult
} from '$lib/domain/exchange/team-files';

export interface TeamCheckRequest {
	id: number;
	file: Blob;
}

export type TeamCheckResponse =
	{ id: number; ok: true; result: TeamParseResult } | { id: number; ok: false; message: string };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<
	number,
	{ resolve: (r: TeamParseResult) => void; reject: (e: Error) => void }
>();

function getWorker(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('./team-check.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (event: MessageEvent<TeamCheckResponse>) => {
		const res = event.data;
		const p = pending.get(res.id);
		pending.delete(res.id);
		if (res.ok) p?.resolve(res.result);
		else p?.reject(new Error(res.message));
	};
	worker.onerror = (event) => {
		event.preventDefault();
		const error = new Error(event.message || 'The file check stopped unexpectedly.');
		for (const p of pending.values()) p.reject(error);
		pending.clear();
		worker?.terminate();
		worker = undefined;
	};
	return worker;
}

/** Check a team file off the main thread (here where workers do not exist). */
export async function checkTeamFile(file: Blob): Promise<TeamParseResult> {
	if (typeof Worker === 'undefined') return parseTeamFileText(await file.text());
	const id = nextId++;
	const w = getWorker();
	return new Promise<TeamParseResult>((resolve, reject) => {
		pending.set(id, { resolve, reject });
		w.postMessage({ id, file } satisfies TeamCheckRequest);
	});
}

/** The team-file kind of a file from its first bytes; undefined for an export or anything else. */
export async function teamKindOf(file: Blob): Promise<TeamFileKind | undefined> {
	try {
		return peekKind(await file.slice(0, 512).text());
	} catch {
		return undefined;
	}
}

/** Split chosen files into team files and the others (exports, frameworks), keeping their order. */
export async function splitTeamFiles(files: Iterable<File>) {
	const team: File[] = [];
	const other: File[] = [];
	for (const f of files) ((await teamKindOf(f)) ? team : other).push(f);
	return { team, other };
}
