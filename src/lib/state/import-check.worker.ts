/// <reference lib="webworker" />
/**
 * Web Worker entry: reads and checks an export file off the main thread (the
 * text of a 100,000-answer file, its JSON, schema, checksum and cross-record
 * checks), with the domain's own entry point, parseExportText. The page gets
 * the checked file or the translated-by-code errors back (import-check.ts).
 */
import { planImport } from '$lib/domain/exchange/plan';
import { parseExportText } from '$lib/domain/exchange/read';
import type { CheckPart, CheckRequest, CheckResponse } from './import-check';
import type { LoadedMessage } from '$lib/worker-client';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<CheckRequest>) => {
	const { id, file, maxBytes, frameworks, preview } = event.data;
	// parseExportText never throws; reading the file may (it was deleted or changed since)
	let res: CheckResponse;
	try {
		const result = await parseExportText(await file.text(), { maxBytes, frameworks });
		if (result.ok) {
			// the preview is planned here too: the page then plans only while importing
			const plan = preview
				? planImport(result.file, preview.snapshot, preview.strategy).plan
				: undefined;
			// the answers go ahead in parts: the page unpacks each message in one task, and
			// a part of 5,000 took 170 ms (and more under load) on a 4× slower CPU
			const { answers, respondentAnswers } = result.file;
			for (let i = 0; i < answers.length; i += PART)
				scope.postMessage({
					id,
					part: 'answers',
					rows: answers.slice(i, i + PART)
				} satisfies CheckPart);
			for (let i = 0; i < respondentAnswers.length; i += PART)
				scope.postMessage({
					id,
					part: 'respondentAnswers',
					rows: respondentAnswers.slice(i, i + PART)
				} satisfies CheckPart);
			res = {
				id,
				ok: true,
				result: { ...result, file: { ...result.file, answers: [], respondentAnswers: [] }, plan }
			};
		} else res = { id, ok: true, result };
	} catch (e) {
		res = { id, ok: false, message: e instanceof Error ? e.message : String(e) };
	}
	scope.postMessage(res);
};

/** Rows per message. */
const PART = 1000;

// the last statement: the page may end this worker once it has loaded (worker-client.ts)
scope.postMessage({ loaded: true } satisfies LoadedMessage);
