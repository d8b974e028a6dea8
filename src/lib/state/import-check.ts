/**
 * Checking an export file in a Web Worker (import-check.worker.ts), so that
 * reading, parsing and validating a large file never blocks the page. The
 * worker starts once the import panel is shown (startChecker) or on the first
 * check, so it is not in the first screen's JS.
 * Where there are no workers (unit tests in Node), the same check runs here.
 */
import type { ExportFile } from '$lib/domain/exchange/format';
import type { ImportPlan, ImportSnapshot, ImportStrategy } from '$lib/domain/exchange/plan';
import type { ParseResult } from '$lib/domain/exchange/read';
import type { Framework } from '$lib/domain/framework';
import { WorkerClient } from '$lib/worker-client';

export interface CheckRequest {
	id: number;
	file: Blob;
	maxBytes?: number;
	/** the definitions on this device, bundled and loaded (what the file may refer to) */
	frameworks: Framework[];
	/** plan the preview of a valid file there too (a file of 100,000 answers took 150 ms here at 4×) */
	preview?: { snapshot: ImportSnapshot; strategy: ImportStrategy };
}

/** A checked file, with the preview of importing it when asked for (valid files only). */
export type Checked = ParseResult & { plan?: ImportPlan };

export type CheckResponse =
	{ id: number; ok: true; result: Checked } | { id: number; ok: false; message: string };

/**
 * Part of a checked file's answers, sent ahead of its CheckResponse (whose
 * file then has these lists empty): the page unpacks each message in a task
 * of its own, so a large file never blocks it at once.
 */
export type CheckPart =
	| { id: number; part: 'answers'; rows: ExportFile['answers'] }
	| { id: number; part: 'respondentAnswers'; rows: ExportFile['respondentAnswers'] };

let nextId = 1;
const pending = new Map<
	number,
	{
		resolve: (r: Checked) => void;
		reject: (e: Error) => void;
		answers: ExportFile['answers'];
		respondentAnswers: ExportFile['respondentAnswers'];
	}
>();

const checker = new WorkerClient<CheckResponse | CheckPart>({
	create: () =>
		new Worker(new URL('./import-check.worker.ts', import.meta.url), { type: 'module' }),
	onMessage(res) {
		const p = pending.get(res.id);
		if ('part' in res) {
			// a loop, not push(...rows): no argument list of thousands
			if (p) for (const row of res.rows) (p[res.part] as unknown[]).push(row);
			return;
		}
		pending.delete(res.id);
		if (!res.ok) p?.reject(new Error(res.message));
		else if (p && res.result.ok) {
			const file = res.result.file;
			file.answers = p.answers;
			file.respondentAnswers = p.respondentAnswers;
			p.resolve(res.result);
		} else p?.resolve(res.result);
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
	if (typeof Worker !== 'undefined') checker.warm();
}

/**
 * Check `file` against `frameworks` off the main thread; `here` checks its
 * text on this thread where workers do not exist.
 */
export async function checkFile(
	file: Blob,
	frameworks: Framework[],
	here: (text: string) => Promise<ParseResult>,
	maxBytes?: number,
	preview?: CheckRequest['preview']
): Promise<Checked> {
	if (typeof Worker === 'undefined') return here(await file.text());
	const id = nextId++;
	const w = checker.get();
	return new Promise<Checked>((resolve, reject) => {
		pending.set(id, { resolve, reject, answers: [], respondentAnswers: [] });
		// $state proxies cannot be cloned: the definitions go as plain data
		const plain = JSON.parse(JSON.stringify(frameworks)) as Framework[];
		w.postMessage({ id, file, maxBytes, frameworks: plain, preview } satisfies CheckRequest);
	});
}
