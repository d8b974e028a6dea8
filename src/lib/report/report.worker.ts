/// <reference lib="webworker" />
/**
 * Web Worker entry: builds PDF reports off the main thread so the page stays
 * responsive. jsPDF and the fonts load here, on the first request only.
 */
import { drawAssessmentReport } from './assessment-report';
import { drawComparisonReport } from './comparison-report';
import { loadFontsBrowser } from './fonts-browser';
import { warmUp } from './layout';
import type { ReportRequest, ReportResponse } from './protocol';
import type { LoadedMessage } from '$lib/worker-client';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// the fonts are fetched as the worker starts, before the first request (which
// awaits the same promise; a failed fetch is retried by the request). Loaded
// means fetched or failed: the page may end this worker then, and "delete
// all" waits for it so that no fetch of ours is left reading the offline copy
// (worker-client.ts).
loadFontsBrowser()
	.catch(() => {})
	.finally(() => scope.postMessage({ loaded: true } satisfies LoadedMessage));

scope.onmessage = async (event: MessageEvent<ReportRequest>) => {
	const req = event.data;
	const started = performance.now();
	try {
		const fonts = await loadFontsBrowser();
		if (req.kind === 'warm') {
			warmUp(fonts);
			scope.postMessage({ id: req.id, ok: true, warm: true } satisfies ReportResponse);
			return;
		}
		const options = { ...req.options, fonts };
		const drawn =
			req.kind === 'assessment'
				? drawAssessmentReport(req.input, options)
				: drawComparisonReport(req.input, options);
		const bytes = await drawn.outputAsync();
		const buffer = bytes.buffer.slice(
			bytes.byteOffset,
			bytes.byteOffset + bytes.byteLength
		) as ArrayBuffer;
		const res: ReportResponse = {
			id: req.id,
			ok: true,
			bytes: buffer,
			ms: performance.now() - started
		};
		scope.postMessage(res, [buffer]);
	} catch (e) {
		const res: ReportResponse = {
			id: req.id,
			ok: false,
			message: e instanceof Error ? e.message : String(e)
		};
		scope.postMessage(res);
	}
};
