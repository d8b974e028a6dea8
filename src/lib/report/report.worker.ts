/// <reference lib="webworker" />
/**
 * Web Worker entry: builds PDF reports off the main thread so the page stays
 * responsive. jsPDF and the fonts load here, on the first request only.
 */
import { buildAssessmentReport } from './assessment-report';
import { buildComparisonReport } from './comparison-report';
import { loadFontsBrowser } from './fonts-browser';
import { warmUp } from './layout';
import type { ReportRequest, ReportResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

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
		const bytes =
			req.kind === 'assessment'
				? buildAssessmentReport(req.input, options)
				: buildComparisonReport(req.input, options);
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
