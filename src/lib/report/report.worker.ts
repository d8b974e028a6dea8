/// <reference lib="webworker" />
/**
 * Web Worker entry: builds PDF reports off the main thread so the page stays
 * responsive. jsPDF and the fonts load here, on the first request only.
 */
import type { LoadedMessage } from '$lib/worker-client';
import { loadFontsBrowser } from './fonts-browser';
import type { ReportRequest, ReportResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// The fonts are fetched as the worker starts, and jsPDF with the report code
// is loaded beside them (drawing.ts): neither waits for the other. A request
// awaits both (a failed font fetch is retried by the request). Loaded means
// both fetched or failed: the page may end this worker then, and "delete all"
// waits for it so that no fetch of ours is left reading the offline copy
// (worker-client.ts).
const fontsAtStart = loadFontsBrowser();
const drawing = import('./drawing');
void Promise.allSettled([fontsAtStart, drawing]).then(() =>
	scope.postMessage({ loaded: true } satisfies LoadedMessage)
);

/** Reports asked for and not yet answered: a warm-up then gives way (the report warms everything up). */
let reports = 0;

scope.onmessage = async (event: MessageEvent<ReportRequest>) => {
	const req = event.data;
	const started = performance.now();
	if (req.kind !== 'warm') reports++;
	try {
		const [fonts, draw] = await Promise.all([loadFontsBrowser(), drawing]);
		if (req.kind === 'warm') {
			if (reports === 0) draw.warmUp(fonts);
			scope.postMessage({ id: req.id, ok: true, warm: true } satisfies ReportResponse);
			return;
		}
		const options = { ...req.options, fonts };
		const drawn =
			req.kind === 'assessment'
				? draw.drawAssessmentReport(req.input, options)
				: draw.drawComparisonReport(req.input, options);
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
	} finally {
		if (req.kind !== 'warm') reports--;
	}
};
