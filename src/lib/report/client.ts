/**
 * Page-side wrapper of the report worker: post the data, get the PDF bytes,
 * save them as a download. The worker (with jsPDF and the fonts) is created
 * on the first request, so none of it is in the first-screen bundle.
 */
import { downloadBlob } from '$lib/download';
import { WorkerClient } from '$lib/worker-client';
import type { ReportRequest, ReportResponse } from './protocol';
import type { AssessmentReportInput, ComparisonReportInput, ReportOptions } from './types';

let nextId = 1;
const pending = new Map<
	number,
	{ resolve: (r: ReportResponse) => void; reject: (e: Error) => void }
>();

const generator = new WorkerClient<ReportResponse>({
	create: () => new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' }),
	onMessage(res) {
		const p = pending.get(res.id);
		pending.delete(res.id);
		p?.resolve(res);
	},
	onFailure(error) {
		for (const p of pending.values()) p.reject(error);
		pending.clear();
	},
	failureText: 'The report generator stopped unexpectedly.'
});

/**
 * Start the worker: it loads jsPDF and fetches the fonts, and waits. The
 * report button calls it as soon as it is shown, so that a report asked for
 * at once does not also wait for the worker to start. Not while "delete all"
 * runs (worker-client.ts): a request then starts it.
 */
export function start(): void {
	generator.warm();
}

/**
 * Start the worker, load jsPDF and the fonts and run them once, while the
 * user has not asked for a report yet (the report button calls it when it is
 * shown, at an idle moment): the first report is then as quick as the next.
 * A failure here is not reported: the real request reports its own.
 */
export function warmUp(): void {
	if (warmed) return;
	warmed = true;
	const id = nextId++;
	pending.set(id, { resolve: () => {}, reject: () => (warmed = false) });
	generator.get().postMessage({ kind: 'warm', id } satisfies ReportRequest);
}
let warmed = false;

export interface GeneratedReport {
	bytes: Uint8Array;
	/** time spent in the worker, ms */
	ms: number;
}

async function request(
	req: Omit<Exclude<ReportRequest, { kind: 'warm' }>, 'id'>
): Promise<GeneratedReport> {
	const id = nextId++;
	const w = generator.get();
	const res = await new Promise<ReportResponse>((resolve, reject) => {
		pending.set(id, { resolve, reject });
		// $state proxies cannot be cloned: send plain data
		w.postMessage(JSON.parse(JSON.stringify({ ...req, id })) as ReportRequest);
	});
	if (!res.ok) throw new Error(res.message);
	if ('warm' in res) throw new Error('The report generator answered out of turn.');
	return { bytes: new Uint8Array(res.bytes), ms: res.ms };
}

export function generateAssessmentReport(input: AssessmentReportInput, options: ReportOptions) {
	return request({ kind: 'assessment', input, options });
}

export function generateComparisonReport(input: ComparisonReportInput, options: ReportOptions) {
	return request({ kind: 'comparison', input, options });
}

/** Offer the PDF bytes as a file download. */
export function saveFile(bytes: Uint8Array, fileName: string, type = 'application/pdf'): void {
	downloadBlob(fileName, new Blob([bytes as BlobPart], { type }));
}
