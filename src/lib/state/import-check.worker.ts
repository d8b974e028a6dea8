/// <reference lib="webworker" />
/**
 * Web Worker entry: reads and checks an export file off the main thread (the
 * text of a 100,000-answer file, its JSON, schema, checksum and cross-record
 * checks), with the domain's own entry point, parseExportText. The page gets
 * the checked file or the translated-by-code errors back (import-check.ts).
 */
import { parseExportText } from '$lib/domain/exchange/read';
import type { CheckRequest, CheckResponse } from './import-check';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<CheckRequest>) => {
	const { id, file, maxBytes, frameworks } = event.data;
	// parseExportText never throws; reading the file may (it was deleted or changed since)
	let res: CheckResponse;
	try {
		res = {
			id,
			ok: true,
			result: await parseExportText(await file.text(), { maxBytes, frameworks })
		};
	} catch (e) {
		res = { id, ok: false, message: e instanceof Error ? e.message : String(e) };
	}
	scope.postMessage(res);
};
