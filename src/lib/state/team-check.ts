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
import { WorkerClient } from '$lib/worker-client';

/** Several files in one message: one round-trip for a dozen responses, not one each. */
export interface TeamCheckRequest {
	id: number;
	files: Blob[];
}

/** One result per file, in order; `message` when the check itself failed for that file. */
export type TeamCheckOutcome =
	{ ok: true; result: TeamParseResult } | { ok: false; message: string };

export interface TeamCheckResponse {
	id: number;
	outcomes: TeamCheckOutcome[];
}

let nextId = 1;
const pending = new Map<
	number,
	{ resolve: (r: TeamCheckOutcome[]) => void; reject: (e: Error) => void }
>();

const checker = new WorkerClient<TeamCheckResponse>({
	create: () => new Worker(new URL('./team-check.worker.ts', import.meta.url), { type: 'module' }),
	onMessage(res) {
		const p = pending.get(res.id);
		pending.delete(res.id);
		p?.resolve(res.outcomes);
	},
	onFailure(error) {
		for (const p of pending.values()) p.reject(error);
		pending.clear();
	},
	failureText: 'The file check stopped unexpectedly.'
});

/**
 * Start the worker before the first check, so that its script is fetched and
 * compiled (zod and the schemas with it) while the person is still choosing
 * files: the team page calls it as soon as they reach for the file picker
 * (see FileDrop's `onintent`). Cold, the worker's start was about half of
 * checking 12 response files at 4× CPU.
 */
export function startTeamChecker(): void {
	if (typeof Worker !== 'undefined') checker.warm();
}

export type TeamCheck = { result: TeamParseResult } | { failure: unknown };

/**
 * Check team files off the main thread, all in one message to the worker
 * (here where workers do not exist). One result per file, in order: a file
 * whose check failed has `failure`, the others are unaffected.
 */
export async function checkTeamFiles(files: readonly Blob[]): Promise<TeamCheck[]> {
	if (typeof Worker === 'undefined')
		return Promise.all(
			files.map(async (f) => {
				try {
					return { result: await parseTeamFileText(await f.text()) };
				} catch (failure) {
					return { failure };
				}
			})
		);
	const id = nextId++;
	const w = checker.get();
	try {
		const outcomes = await new Promise<TeamCheckOutcome[]>((resolve, reject) => {
			pending.set(id, { resolve, reject });
			w.postMessage({ id, files: [...files] } satisfies TeamCheckRequest);
		});
		return outcomes.map((o) => (o.ok ? { result: o.result } : { failure: new Error(o.message) }));
	} catch (failure) {
		return files.map(() => ({ failure }));
	}
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
