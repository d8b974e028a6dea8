/**
 * Page-side wrapper of the report worker: post the data, get the PDF bytes,
 * save them as a download. The worker (with jsPDF and the fonts) is created
 * on the first request, so none of it is in the first-screen bundle.
 */
import { downloadBlob } from '$lib/download';
import type { ReportRequest, ReportResponse } from './protocol';
import type { AssessmentReportInput, ComparisonReportInput, ReportOptions } from './types';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<
	number,
	{ resolve: (r: ReportResponse) => void; reject: (e: Error) => void }
>();

function getWorker(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('./report.worker.ts', import.meta.url), {
		type: 'module'
	});
	worker.onmessage = (event: MessageEvent<ReportResponse>) => {
		const p = pending.get(event.data.id);
		pending.delete(event.data.id);
		p?.resolve(event.data);
	};
	worker.onerror = (event) => {
		event.preventDefault();
		const error = new Error(event.message || 'The report generator stopped unexpectedly.');
		for (const p of pending.values()) p.reject(error);
		pending.clear();
		worker?.terminate();
		worker = undefined;
	};
	return worker;
}

/**
 * Start the worker: it loads jsPDF and fetches the fonts, and waits. The
 * report button calls it as soon as it is shown, so that a report asked for
 * at once does not also wait for the worker to start.
 */
export function start(): void {
	getWorker();
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
	getWorker().postMessage({ kind: 'warm', id } satisfies ReportRequest);
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
	const w = getWorker();
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
